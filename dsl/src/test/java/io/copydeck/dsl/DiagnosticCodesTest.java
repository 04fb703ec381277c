package io.copydeck.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each diagnostic code, triggered by one small change to a clean spec, on the line it should be. */
class DiagnosticCodesTest {
    static final String CLEAN = """
            brand b {
              name: "B"
              legal: "B Ltd, 1 Road, Town"
            }
            product p {
              name: "P"
              price: 10.00 USD
            }
            campaign c {
              title: "T"
              brand: b
              window: 2027-01-01 .. 2027-01-31
              audience a { description: "A" }
              positioning { for: a; category: "cat"; benefit: "ben"; proof: "lab tested" }
              pricing {
                promo pr { code: "SAVE"; discount: 10%; applies: p; ends: 2027-01-20 }
                bundle bu { name: "Bu"; items: p x 2; price: 15.00 USD }
              }
              channel email { products: p; promo: pr }
              channel sms { must_include: "Reply STOP to opt out" }
            }
            """;

    /** (code, text to find in CLEAN, its replacement, line where the diagnostic must start). */
    static Stream<Arguments> cases() {
        return Stream.of(
                c(Code.E001, "name: \"P\"", "name \"P\"", 6),
                c(Code.E002, "name: \"P\"", "name: \"P", 6),
                c(Code.E003, "name: \"P\"", "name: \"P\\q\"", 6),
                c(Code.E004, "name: \"P\"", "name: \"P\" @", 6),
                c(Code.E005, "2027-01-20", "2027-02-30", 16),
                c(Code.W007, CLEAN, "", 1),
                c(Code.E012, "product p {", "import \"x.campaign\"\nproduct p {", 5),
                c(Code.E101, "audience a {", "audiance a {", 13),
                c(Code.E102, "title: \"T\"", "titel: \"T\"", 10),
                c(Code.E103, "price: 10.00 USD", "price: 20%", 7),
                c(Code.E104, "campaign c {\n", "campaign c {\n  objective: awarenes\n", 10),
                c(Code.E105, "  name: \"P\"\n", "", 5),
                c(Code.E106, "title: \"T\"", "title: \"T\"\n  title: \"U\"", 11),
                c(Code.E107, "product p {", "product p { name: \"X\"; price: 1.00 USD }\nproduct p {", 6),
                c(Code.E108, "channel sms {", "channel smss {", 20),
                c(Code.E109, "brand: b", "brand: b, b", 11),
                c(Code.E110, "audience a { description: \"A\" }", "positioning { for: a; category: \"x\"; benefit: \"y\" }", 14),
                c(Code.E111, "product p {", "product {", 5),
                c(Code.E112, "channel email {", "channel email { variants: 51;", 19),
                c(Code.E113, "price: 10.00 USD", "price: 10.00 USX", 7),
                c(Code.E114, "price: 10.00 USD", "price: 10.00 USD\n  url: \"aurora.example\"", 8),
                c(Code.E115, "window:", "locale: \"en_US\"\n  window:", 12),
                c(Code.E116, "channel sms {", "channel sms { limits { text: 100 chrs }", 20),
                c(Code.E117, "channel email {", "channel email { hashtags: \"#Tea\";", 19),
                c(Code.E118, "channel sms {", "channel sms { limits { subject: 10 chars }", 20),
                c(Code.E505, "channel sms {", "channel sms { template: \"\";", 20),
                c(Code.E201, "brand: b", "brand: bb", 11),
                c(Code.E202, "brand: b", "brand: p", 11),
                c(Code.E301, "2027-01-01 .. 2027-01-31", "2027-02-01 .. 2027-01-31", 12),
                c(Code.E302, "ends: 2027-01-20", "ends: 2027-03-20", 16),
                c(Code.W303, "channel email { products: p; promo: pr }\n  channel sms {",
                        "channel email { products: bu }\n  channel sms { products: bu;", 16),
                c(Code.W304, "price: 15.00 USD", "price: 25.00 USD", 17),
                c(Code.E305, "price: 15.00 USD", "price: 15.00 EUR", 17),
                c(Code.E306, "must_include: \"Reply STOP to opt out\"",
                        "must_include: \"Reply STOP to opt out\"; limits { text: 10 chars }", 20),
                c(Code.E307, "channel email {", "channel email { limits { subject: 100 chars }", 19),
                c(Code.W308, "channel sms {", "channel sms { limits { text: 200 chars }", 20),
                c(Code.E309, "  positioning { for: a; category: \"cat\"; benefit: \"ben\"; proof: \"lab tested\" }\n", "", 18),
                c(Code.W310, "products: p; promo: pr", "products: p, bu; promo: pr", 19),
                c(Code.E311, "discount: 10%", "discount: 12.00 USD", 16),
                c(Code.E312, "price: 10.00 USD", "price: 0 USD", 16),
                c(Code.W313, "window:", "locale: \"fr-FR\"\n  window:", 12),
                c(Code.W314, "  window: 2027-01-01 .. 2027-01-31\n  audience a { description: \"A\" }",
                        "  locale: \"en-GB\"\n  window: 2027-01-01 .. 2027-01-31\n  audience a { description: \"A color\" }", 14),
                c(Code.W401, "must_include: \"Reply STOP to opt out\"", "cta: \"Go\"", 20),
                c(Code.W402, "  legal: \"B Ltd, 1 Road, Town\"\n", "", 18),
                c(Code.W403, "benefit: \"ben\"", "benefit: \"the best ben\"", 14),
                c(Code.W404, "discount: 10%", "discount: 100%", 16),
                c(Code.W405, "  legal: \"B Ltd, 1 Road, Town\"\n",
                        "  legal: \"B Ltd, 1 Road, Town\"\n  support { contact: \"help@b.example\" }\n", 4),
                c(Code.W406, "  channel sms {", "  channel faq { products: p }\n  channel sms {", 20),
                c(Code.W407, "  channel sms {", "  channel faq { products: p; variants: 2 }\n  channel sms {", 20));
    }

    private static Arguments c(Code code, String find, String replace, int line) {
        return Arguments.of(code, find, replace, line);
    }

    @Test
    void theCleanSpecHasNoDiagnostics() {
        assertEquals(List.of(), check(CLEAN).diagnostics());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCodeIsReportedWhereTheMistakeIs(Code code, String find, String replace, int line) {
        assertTrue(CLEAN.contains(find), "the case's text is in the clean spec: " + find);
        CheckResult result = check(CLEAN.replace(find, replace));
        List<Diagnostic> matching = result.diagnostics().stream().filter(d -> d.code() == code).toList();
        assertTrue(!matching.isEmpty(), () -> code + " not reported; got " + result.diagnostics());
        assertTrue(matching.stream().anyMatch(d -> d.range().startLine() == line),
                () -> code + " reported on lines " + matching.stream().map(d -> d.range().startLine()).toList()
                        + ", expected " + line + ": " + matching);
        for (Diagnostic d : matching) {
            assertEquals(code.severity(), d.severity());
            assertTrue(d.message().length() > 10 && !d.message().contains("null"), d.message());
        }
    }

    @Test
    void everyCodeHasACase() {
        Set<Code> covered = EnumSet.noneOf(Code.class);
        cases().forEach(a -> covered.add((Code) a.get()[0]));
        Set<Code> missing = EnumSet.allOf(Code.class);
        missing.removeAll(covered);
        // Covered by the import and file-reading tests, which need files on disk.
        missing.removeAll(EnumSet.of(Code.E006, Code.E010, Code.E011, Code.E203));
        // Needs a model folder: the cli's check tests it (ModelLanguageCheckTest).
        missing.remove(Code.W315);
        // Template codes come from rendering, tested in the templates module.
        missing.removeAll(EnumSet.of(Code.E501, Code.E502, Code.E503, Code.E504));
        assertEquals(Set.of(), missing, "codes without a test case");
    }

    @Test
    void syntaxErrorsSayWhatWasExpectedAndRecover() {
        String text = CLEAN.replace("name: \"P\"", "name \"P\"").replace("title: \"T\"", "title: }");
        List<Diagnostic> syntax = check(text).diagnostics().stream().filter(d -> d.code() == Code.E001).toList();
        assertTrue(syntax.size() >= 2, () -> "both syntax errors reported: " + syntax);
        assertTrue(syntax.get(0).message().startsWith("expected "), syntax.get(0).message());
        assertTrue(syntax.get(0).message().contains("`:`"), syntax.get(0).message());
    }

    @Test
    void aReversedRangeIsAnErrorWhoseFixSwapsIt() {
        String text = CLEAN.replace("audience a { description: \"A\" }", "audience a { description: \"A\"; age: 40..25 }");
        Diagnostic d = check(text).diagnostics().stream().filter(x -> x.code() == Code.E112).findFirst().orElseThrow();
        assertEquals(13, d.range().startLine());
        assertTrue(d.message().contains("`25..40`") && d.message().contains("`40..25`"), d.message());
        var edit = d.fix().orElseThrow().edits().get(0);
        String fixed = text.substring(0, edit.range().startOffset()) + edit.newText() + text.substring(edit.range().endOffset());
        assertTrue(fixed.contains("age: 25..40"), fixed);
        assertEquals(List.of(), check(fixed).diagnostics(), fixed);
        assertEquals(List.of(), check(text.replace("40..25", "25..25")).diagnostics(), "a one-year range is fine");
    }

    @Test
    void aPromoOnAFreeProductIsAnErrorNotAnAmountCheck() {
        String text = CLEAN.replace("price: 10.00 USD", "price: 0 USD").replace("discount: 10%", "discount: 15%");
        List<Diagnostic> ds = check(text).diagnostics();
        Diagnostic d = ds.stream().filter(x -> x.code() == Code.E312).findFirst().orElseThrow();
        assertTrue(d.message().contains("promo `pr` takes 15% off `p`, which is free"), d.message());
        assertTrue(d.message().contains("remove `p` from `applies`"), d.message());
        assertTrue(ds.stream().noneMatch(x -> x.code() == Code.E311), ds.toString());
        // With a second product in `applies`, the fix removes the free one and the error goes.
        String two = text.replace("product p {", "product q { name: \"Q\"; price: 5.00 USD }\nproduct p {")
                .replace("applies: p;", "applies: q, p;").replace("products: p;", "products: q, p;");
        Diagnostic d2 = check(two).diagnostics().stream().filter(x -> x.code() == Code.E312).findFirst().orElseThrow();
        var edit = d2.fix().orElseThrow().edits().get(0);
        String fixed = two.substring(0, edit.range().startOffset()) + edit.newText() + two.substring(edit.range().endOffset());
        assertTrue(fixed.contains("applies: q;"), fixed);
        assertTrue(check(fixed).diagnostics().stream().noneMatch(x -> x.code() == Code.E312), fixed);
    }

    @Test
    void eachProductOutsideTheChannelPromosScopeIsNamed() {
        // The email names p (in scope) and the bundle bu (outside it): only bu is named. Before, W310
        // fired only when none of the channel's products was in scope.
        String text = CLEAN.replace("products: p; promo: pr", "products: p, bu; promo: pr");
        List<Diagnostic> w310 = check(text).diagnostics().stream().filter(x -> x.code() == Code.W310).toList();
        assertEquals(1, w310.size(), w310.toString());
        assertTrue(w310.get(0).message().startsWith("promo `pr` does not apply to `bu`; its assets will carry no offer"),
                w310.get(0).message());
        assertEquals("bu", text.substring(w310.get(0).range().startOffset(), w310.get(0).range().endOffset()));
        // A channel that names no products promotes every one by default: no warning.
        String implicit = CLEAN.replace("products: p; promo: pr", "promo: pr");
        assertTrue(check(implicit).diagnostics().stream().noneMatch(x -> x.code() == Code.W310), implicit);
    }

    @Test
    void germanAndEnglishLocalesGetNoLayoutLanguageWarning() {
        for (String tag : List.of("en-US", "en-GB", "de-DE", "de-AT")) {
            String text = CLEAN.replace("window:", "locale: \"" + tag + "\"\n  window:");
            assertTrue(check(text).diagnostics().stream().noneMatch(x -> x.code() == Code.W313), tag);
        }
        Diagnostic d = check(CLEAN.replace("window:", "locale: \"fr-FR\"\n  window:")).diagnostics().stream()
                .filter(x -> x.code() == Code.W313).findFirst().orElseThrow();
        assertTrue(d.message().startsWith("Copydeck writes layouts in English and German; `fr-FR` copy gets English layouts"),
                d.message());
    }

    @Test
    void fixesCarryTheSuggestedText() {
        Diagnostic d = check(CLEAN.replace("brand: b", "brand: bb")).diagnostics().get(0);
        assertEquals(Code.E201, d.code());
        assertEquals("b", d.fix().orElseThrow().edits().get(0).newText());
        assertEquals("bb", CLEAN.replace("brand: b", "brand: bb").substring(d.range().startOffset(), d.range().endOffset()));
    }

    @Test
    void optOutFixAppliedMakesTheWarningGoAway() {
        String text = CLEAN.replace("must_include: \"Reply STOP to opt out\"", "must_include: \"SAVE\"");
        Diagnostic d = check(text).diagnostics().stream().filter(x -> x.code() == Code.W401).findFirst().orElseThrow();
        var edit = d.fix().orElseThrow().edits().get(0);
        String fixed = text.substring(0, edit.range().startOffset()) + edit.newText() + text.substring(edit.range().endOffset());
        assertEquals(List.of(), check(fixed).diagnostics(), fixed);
    }

    @Test
    void aGermanCampaignsOptOutFixIsTheGermanLine() {
        String text = CLEAN.replace("window:", "locale: \"de-DE\"\n  window:")
                .replace("must_include: \"Reply STOP to opt out\"", "must_include: \"SAVE\"");
        Diagnostic d = check(text).diagnostics().stream().filter(x -> x.code() == Code.W401).findFirst().orElseThrow();
        assertTrue(d.message().contains("\"Abmelden: STOP antworten\""), d.message());
        var edit = d.fix().orElseThrow().edits().get(0);
        String fixed = text.substring(0, edit.range().startOffset()) + edit.newText() + text.substring(edit.range().endOffset());
        assertTrue(fixed.contains("must_include: \"SAVE\", \"Abmelden: STOP antworten\""), fixed);
        assertEquals(List.of(), check(fixed).diagnostics(), fixed);
    }

    @Test
    void requiredPropertyFixInsertsAWorkingLine() {
        String text = CLEAN.replace("  name: \"P\"\n", "");
        Diagnostic d = check(text).diagnostics().stream().filter(x -> x.code() == Code.E105).findFirst().orElseThrow();
        var edit = d.fix().orElseThrow().edits().get(0);
        String fixed = text.substring(0, edit.range().startOffset()) + edit.newText() + text.substring(edit.range().endOffset());
        assertEquals(List.of(), check(fixed).diagnostics(), fixed);
    }

    static CheckResult check(String text) {
        return Checker.checkText(Path.of("test.campaign"), text);
    }
}
