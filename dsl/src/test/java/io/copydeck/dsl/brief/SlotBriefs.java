package io.copydeck.dsl.brief;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.plan.Job;
import java.nio.file.Path;

/** Briefs for the slot tests, made the way the build makes them: a small spec, checked and planned. */
final class SlotBriefs {
    /** Northwind's autumn, en-GB: Chai Blend at £9.00, AUTUMN15 takes 15% off until 31 October 2027; every prose fact. */
    static final String AUTUMN = """
            brand northwind { name: "Northwind Tea" }
            product chai {
              name: "Chai Blend"
              description: "A warming cup in four minutes"
              features: "Whole spices", "UV-safe tin."
              benefits: "A clear head without the coffee jitters."
              price: 9.00 GBP
            }
            campaign autumn_tea {
              title: "Autumn Tea Club 2027"
              brand: northwind
              locale: "en-GB"
              window: 2027-09-15 .. 2027-11-30
              audience office {
                description: "Office workers"
                pains: "Stale tea bags at work", "afternoon slump"
                motivations: "Northwind quality at the desk"
              }
              positioning {
                for: office; need: "a proper cup at the desk"; category: "loose-leaf tea"
                benefit: "Fresh tea"; unlike: "supermarket tea bags"; proof: "STOP-tested in Bristol"
              }
              pricing { promo autumn15 { code: "AUTUMN15"; discount: 15%; applies: chai; ends: 2027-10-31 } }
              channel email winback { audience: office; products: chai; promo: autumn15; cta: "Restart my Tea Club" }
            }
            """;

    /** Northwind's Desk Duo: a bundle, no promo, no positioning, no pains. */
    static final String DESK_DUO = """
            brand northwind { name: "Northwind Tea" }
            product sencha { name: "Morning Sencha"; price: 12.50 GBP }
            product chai { name: "Harbour Chai"; price: 9.00 GBP }
            campaign duo {
              title: "Desk Duo"
              brand: northwind
              locale: "en-GB"
              audience office { description: "Office workers" }
              pricing { bundle desk_duo { name: "Desk Duo"; items: sencha, chai x 2; price: 25.00 GBP } }
              channel twitter { audience: office; products: desk_duo }
            }
            """;

    /** Radhaus, de-DE: the Stadtrad E7 with a German benefit that starts with a noun. */
    static final String RAD = """
            brand rad { name: "Radhaus" }
            audience pendler { description: "Pendler"; pains: "Stau am Morgen" }
            product e7 { name: "Stadtrad E7"; price: 2499.00 EUR; benefits: "Entspannt ankommen" }
            campaign fruehling {
              title: "Frühling"
              brand: rad
              locale: "de-DE"
              window: 2027-03-01 .. 2027-04-30
              positioning { for: pendler; category: "E-Bikes"; benefit: "entspannt ankommen" }
              pricing { promo fruehling10 { code: "FRUEHLING10"; discount: 10%; applies: e7; ends: 2027-03-31 } }
              channel sms { products: e7; promo: fruehling10 }
            }
            """;

    private SlotBriefs() {}

    static Brief of(String spec) {
        CheckResult r = Checker.checkText(Path.of("slots-test.campaign"), spec);
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        Job first = Interpreter.plan(r.spec()).jobs().get(0);
        return first.brief();
    }
}
