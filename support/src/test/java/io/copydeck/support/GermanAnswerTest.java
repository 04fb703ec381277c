package io.copydeck.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.brief.Language;
import io.copydeck.dsl.brief.Offering;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.model.Spec;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.support.SupportFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A German campaign (examples/fahrrad-fruehling, no support block): German analysis, frames and handoff. */
class GermanAnswerTest {
    private final Spec spec;
    private final FactCatalogue catalogue;

    GermanAnswerTest() throws Exception {
        spec = Checker.check(Path.of(System.getProperty("copydeck.root", "..")).resolve("examples/fahrrad-fruehling.campaign")).spec();
        catalogue = FactCatalogue.of(spec);
    }

    @Test
    void germanQuestionsFindTheirFactsInGermanWords() {
        assertEquals(Language.GERMAN, catalogue.language());
        Answerer answerer = new Answerer(catalogue, AnswerThresholds.DEFAULT, Phrasing.NONE);
        Answer price = answerer.answer("Was kostet das Stadtrad E7?");
        assertEquals(List.of("product.stadtrad_e7.price"), price.sources(), price.toString());
        String computed = Interpreter.offers(spec).offerings().stream().filter(o -> o.id().equals("stadtrad_e7"))
                .map(Offering::price).findFirst().orElseThrow().text();
        assertEquals("Stadtrad E7 kostet " + computed + ".", price.answer());
        assertTrue(answerer.answer("wie viel kostet der Helm City").sources().contains("product.helm_city.price"));
    }

    @Test
    void aQuestionTheFactsDoNotCoverGetsTheDeclaredHandoff() {
        Answer a = new Answerer(catalogue, AnswerThresholds.DEFAULT, Phrasing.NONE).answer("Haben Sie eine Sauna?");
        assertFalse(a.answered());
        assertEquals(SupportFacts.of(spec).handoff(), a.answer());
    }

    @Test
    void withoutADeclaredHandoffTheHandoffIsGerman(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rad.campaign");
        Files.writeString(file, """
                brand rad { name: "Radhaus"; legal: "Radhaus GmbH, Karl-Liebknecht-Str. 1, 04107 Leipzig" }
                audience pendler { description: "Pendler" }
                product e7 { name: "Stadtrad E7"; price: 2499.00 EUR }
                campaign c { title: "Frühling"; brand: rad; locale: "de-DE"; channel twitter { audience: pendler; products: e7 } }
                """);
        Answer a = new Answerer(FactCatalogue.of(Checker.check(file).spec()), AnswerThresholds.DEFAULT, Phrasing.NONE)
                .answer("Haben Sie eine Sauna?");
        assertFalse(a.answered());
        assertTrue(a.answer().startsWith("Das kann ich leider nicht"), a.answer());
    }
}
