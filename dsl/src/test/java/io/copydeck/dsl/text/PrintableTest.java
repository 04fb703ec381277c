package io.copydeck.dsl.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTest {
    @Test
    void plainTextIsReturnedAsIs() {
        String text = "Café — naïve 😀\tand\nmore";
        assertSame(text, Printable.escape(text));
        assertNull(Printable.escape(null));
    }

    @Test
    void controlsDelC1AndBidiOverridesAreEscaped() {
        assertEquals("\\u001B]0;t\\u0007", Printable.escape("\u001b]0;t\u0007"));
        assertEquals("a\\u007Fb\\u009Bc", Printable.escape("a\u007fb\u009bc"));
        assertEquals("\\u202Eevil\\u2066", Printable.escape("\u202eevil\u2066"));
        assertEquals("a\\u000Db", Printable.escape("a\rb"));
    }

    @Test
    void lineEscapesLineFeedsTooButKeepsTabs() {
        assertEquals("a\\u000Ab\tc", Printable.line("a\nb\tc"));
        assertEquals("a\nb", Printable.escape("a\nb"));
    }

    @Test
    void widthIsWhatIsPrinted() {
        for (char c : new char[] {'a', '\u001b', '\u009b', '\u202e', 'é', '\n'}) {
            assertEquals(Printable.line(String.valueOf(c)).length(), Printable.width(c), "char " + (int) c);
        }
    }
}
