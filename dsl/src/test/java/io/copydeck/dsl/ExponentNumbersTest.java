package io.copydeck.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `1e309 USD` is a number the language cannot hold, said as such (#15, finding 10), not "`e309` is not a currency". */
class ExponentNumbersTest {
    private static List<Diagnostic> check(String find, String replace) {
        String text = DiagnosticCodesTest.CLEAN.replace(find, replace);
        CheckResult result = Checker.checkText(Path.of("n.campaign"), text);
        return result.diagnostics();
    }

    @Test
    void aHugePriceIsTooLargeAtItsNumber() {
        List<Diagnostic> ds = check("price: 10.00 USD", "price: 1e309 USD");
        assertEquals(1, ds.size(), ds.toString());
        Diagnostic d = ds.get(0);
        assertEquals(Code.E112, d.code());
        assertTrue(d.message().startsWith("`1e309` is too large to be a number here (written out, it has 310 digits)"),
                d.message());
        assertTrue(d.message().contains("plain digits, like `3.49`"), d.message());
        assertEquals(7, d.range().startLine());
        assertEquals(10, d.range().startColumn());
        assertEquals("1e309".length(), d.range().length());
    }

    @Test
    void aSmallExponentGetsItsPlainDigitsAsTheFix() {
        List<Diagnostic> ds = check("price: 10.00 USD", "price: 1.5E1 USD");
        assertEquals(1, ds.size(), ds.toString());
        Diagnostic d = ds.get(0);
        assertEquals(Code.E103, d.code());
        assertTrue(d.message().contains("written with an exponent") && d.message().contains("`15`"), d.message());
        var edit = d.fix().orElseThrow().edits().get(0);
        String text = DiagnosticCodesTest.CLEAN.replace("price: 10.00 USD", "price: 1.5E1 USD");
        String fixed = text.substring(0, edit.range().startOffset()) + edit.newText() + text.substring(edit.range().endOffset());
        assertEquals(List.of(), Checker.checkText(Path.of("n.campaign"), fixed).diagnostics(), fixed);
    }

    @Test
    void tinyAndUnholdableExponentsAreReportedToo() {
        Diagnostic tiny = check("price: 10.00 USD", "price: 1e-400 USD").get(0);
        assertTrue(tiny.message().contains("too small") && tiny.message().contains("400 decimal places"), tiny.message());
        Diagnostic huge = check("price: 10.00 USD", "price: 1e99999999999 USD").get(0);
        assertTrue(huge.message().contains("too large") && huge.message().contains("more digits than a number can hold"),
                huge.message());
    }

    @Test
    void exponentsInRangesAndQuantitiesAreOneDiagnosticEach() {
        List<Diagnostic> range = check("audience a { description: \"A\" }", "audience a { description: \"A\"; age: 1e2..1e400 }");
        assertEquals(2, range.size(), range.toString());
        List<Diagnostic> quantity = check("items: p x 2", "items: p x 2e0");
        assertTrue(quantity.stream().anyMatch(d -> d.code() == Code.E103 && d.message().contains("`2`")), quantity.toString());
    }

    @Test
    void anIdentifierAfterANumberIsStillAUnit() {
        assertEquals(List.of(), check("price: 10.00 USD", "price: 10 USD"));
        assertTrue(check("channel sms {", "channel sms { limits { text: 100 e }").stream()
                .anyMatch(d -> d.code() == Code.E116), "`100 e`: e is an unknown unit, as before");
    }
}
