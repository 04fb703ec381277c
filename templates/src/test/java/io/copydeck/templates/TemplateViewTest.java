package io.copydeck.templates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.plan.Job;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateViewTest {
    /** Templates are user code: they may read facts but must get nothing they could call. */
    @Test
    void theViewHoldsOnlyPlainData() throws Exception {
        for (var spec : Examples.campaigns()) {
            for (Job j : Interpreter.plan(Checker.check(spec).spec()).jobs()) {
                assertPlain(TemplateView.of(j), j.id().toString());
            }
        }
    }

    private static void assertPlain(Object o, String where) {
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                assertTrue(k instanceof String, where);
                assertPlain(v, where + "." + k);
            });
        } else if (o instanceof List<?> l) {
            l.forEach(v -> assertPlain(v, where));
        } else {
            assertTrue(o instanceof String || o instanceof Integer || o instanceof Boolean, where + " is " + o.getClass());
        }
    }
}
