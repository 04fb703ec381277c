package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.model.Length;
import io.copydeck.dsl.model.LengthUnit;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.plan.Job;
import io.copydeck.dsl.text.TextMeasure;
import java.nio.file.Path;
import java.util.List;

/** Briefs for rule tests, made the way the build makes them: a small spec, checked and planned. */
public final class Briefs {
    public static final CopyRules RULES = new CopyRules(TextMeasure.ESTIMATE);

    /** Aurora's spring launch, en-US: Aurora Cold Brew at $3.49, SPRING20 takes 20% off until March 31, 2027. */
    public static final String SPRING = """
            brand aurora { name: "Aurora Coffee"; avoid: "cheap"; legal: "Aurora Coffee Inc." }
            product cold_brew { name: "Aurora Cold Brew"; price: 3.49 USD }
            campaign spring {
              title: "Spring Launch 2027"
              brand: aurora
              locale: "en-US"
              window: 2027-03-01 .. 2027-04-15
              audience commuters { description: "Urban professionals who commute by train" }
              positioning { for: commuters; category: "cold brew"; benefit: "cafe-quality coffee in 30 seconds" }
              pricing { promo spring20 { code: "SPRING20"; discount: 20%; applies: cold_brew; ends: 2027-03-31 } }
              channel sms { promo: spring20; must_include: "SPRING20" }
            }
            """;

    /** Northwind's autumn, en-GB: Chai Blend at £9.00 ("a warming cup in four minutes"), AUTUMN15 takes 15% off. */
    public static final String AUTUMN = """
            brand northwind { name: "Northwind Tea"; legal: "Northwind Tea Ltd., 4 Quay Road, Bristol BS1 4DJ" }
            product chai { name: "Chai Blend"; description: "A warming cup in four minutes"; price: 9.00 GBP }
            campaign autumn_tea {
              title: "Autumn Tea Club 2027"
              brand: northwind
              locale: "en-GB"
              window: 2027-09-15 .. 2027-11-30
              audience office { description: "Office workers who drink three or more cups of tea a day" }
              positioning { for: office; category: "loose-leaf tea"; benefit: "fresh tea" }
              pricing { promo autumn15 { code: "AUTUMN15"; discount: 15%; applies: chai; ends: 2027-10-31 } }
              channel sms { promo: autumn15; must_include: "AUTUMN15" }
            }
            """;

    /** Northwind's Desk Duo: one Morning Sencha and one Harbour Chai for £19.00. */
    public static final String DESK_DUO = """
            brand northwind { name: "Northwind Tea" }
            product sencha { name: "Morning Sencha"; price: 12.50 GBP }
            product chai { name: "Harbour Chai"; price: 9.00 GBP }
            campaign duo {
              title: "Desk Duo"
              brand: northwind
              locale: "en-GB"
              audience office { description: "Office workers" }
              pricing { bundle desk_duo { name: "Desk Duo"; items: sencha, chai; price: 19.00 GBP } }
              channel twitter { audience: office; products: desk_duo }
            }
            """;

    private Briefs() {}

    /** The brief of the spec's first job. */
    public static Brief of(String spec) {
        return firstJob(spec).brief();
    }

    public static Facts facts(String spec) {
        return Facts.of(of(spec));
    }

    /** A spec with one product and nothing else: for names and facts of that product alone. */
    public static String product(String brand, String product, String more) {
        return "brand b { name: \"" + brand + "\" }\n"
                + "product p { name: \"" + product + "\"; price: 5.00 USD" + (more.isEmpty() ? "" : "; " + more) + " }\n"
                + "campaign c { title: \"C\"; brand: b\n audience a { description: \"people\" }\n"
                + " channel twitter { audience: a; products: p } }\n";
    }

    public static Job firstJob(String spec) {
        CheckResult r = Checker.checkText(Path.of("rules-test.campaign"), spec);
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        return Interpreter.plan(r.spec()).jobs().get(0);
    }

    /** A field with a character limit and avoided phrases, nothing to include. */
    public static FieldSpec field(String name, int chars, String... avoid) {
        return new FieldSpec(name, List.of(new Length(chars, LengthUnit.CHARS)), true, 0, List.of(), List.of(avoid), null);
    }

    /** Running text: several lines and paragraphs, within a character limit. */
    public static FieldSpec body(String name, int chars) {
        return new FieldSpec(name, List.of(new Length(chars, LengthUnit.CHARS)), false, 0, List.of(), List.of(), null);
    }

    public static FieldSpec field(String name, List<String> mustInclude) {
        return new FieldSpec(name, List.of(), true, 0, mustInclude, List.of(), null);
    }

    public static RuleInput input(String text, Facts facts) {
        return new RuleInput(text, field("text", 1000), facts);
    }

    /** The findings' texts: what each finding points at. */
    public static List<String> found(CopyRule rule, String text, Facts facts) {
        return rule.check(input(text, facts)).stream()
                .map(f -> f.hasSpan() ? text.substring(f.start(), f.end()) : f.message()).toList();
    }
}
