package io.copydeck.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.brief.Offering;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.plan.Interpreter;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactCatalogueTest {
    private final FactCatalogue dental = SupportExamples.catalogue("brightsmile-dental");

    @Test
    void supportFactsComeFirstWithTheirDeclaredIdsAndWords() {
        AnswerFact returns = dental.fact("support.policy.cancellations");
        assertNotNull(returns);
        assertTrue(returns.text().contains("24 hours ahead"), returns.text());
        assertNotNull(dental.fact("support.faq.xrays"));
        assertNotNull(dental.fact("support.contact"));
        assertNotNull(dental.fact("support.hours"));
        assertTrue(dental.handoff().startsWith("Let me pass this"), dental.handoff());
    }

    @Test
    void pricesCodesAndDatesAreTheInterpretersNeverRetyped() throws Exception {
        Interpreter.Offers offers = Interpreter.offers(Checker.check(SupportExamples.root()
                .resolve("brightsmile-dental.campaign")).spec());
        for (Offering o : offers.offerings()) {
            if (o instanceof Offering.Product p && p.price() != null) {
                assertTrue(dental.fact("product." + p.id() + ".price").text().contains(p.price().text()), p.id());
            }
            if (o instanceof Offering.Bundle b && b.savings() != null) {
                String saving = dental.fact("bundle." + b.id() + ".saving").text();
                assertTrue(saving.contains(b.savings().text()) && saving.contains(b.itemsTotal().text()), saving);
            }
        }
        for (Interpreter.Offers.PromoOn p : offers.promos()) {
            String id = "promo." + p.promo().id() + ".";
            assertTrue(dental.fact(id + "code").text().contains(p.promo().code()));
            assertTrue(dental.fact(id + "ends").text().contains(p.promo().ends().text()));
            assertTrue(dental.fact(id + "price." + p.offering().id()).text().contains(p.promo().salePrice().text()));
        }
        assertTrue(offers.promos().size() > 0, "the dental spec has a promo on a priced product");
    }

    @Test
    void idsAreUniqueAndStableAcrossReads() {
        List<String> ids = dental.facts().stream().map(AnswerFact::id).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "an id twice: " + ids);
        assertEquals(ids, SupportExamples.catalogue("brightsmile-dental").facts().stream().map(AnswerFact::id).toList());
    }

    @Test
    void aFreeProductIsSaidToBeFree() {
        FactCatalogue saas = SupportExamples.catalogue("taskwell-saas");
        assertEquals("Taskwell Basic is free.", saas.fact("product.basic.price").text());
    }
}
