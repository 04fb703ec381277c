package io.copydeck.eclipse.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.check.Checker;
import io.copydeck.eclipse.wizard.StarterSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StarterSpecTest {
    @Test
    void the_new_campaign_starter_checks_clean() {
        var result = Checker.checkText(Path.of("spring-sale.campaign"), StarterSpec.text("spring-sale"));
        assertEquals("[]", result.diagnostics().stream().filter(d -> d.isError()).toList().toString());
        assertEquals("spring_sale", result.spec().campaign().id());
    }

    @Test
    void a_file_name_that_is_not_an_identifier_still_gives_one() {
        assertTrue(StarterSpec.text("2027 launch").contains("campaign c_2027_launch {"));
    }
}
