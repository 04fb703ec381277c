package io.copydeck.strapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What {@link Redactor} masks, and what it leaves alone. */
class RedactorTest {
    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    @Test
    void masksTheTokenTheHeadersThatCarryOneAndUrlCredentials() {
        Redactor r = Redactor.knowing(TOKEN);
        assertEquals("token *** here", r.redact("token " + TOKEN + " here"));
        assertEquals("Authorization: ***", r.redact("Authorization: Bearer someoneElsesToken"));
        assertEquals("{\"authorization\":\"***\"}", r.redact("{\"authorization\":\"Bearer abc\"}"));
        assertEquals("sent Bearer *** and Basic ***", r.redact("sent Bearer abc.def and Basic dXNlcjpwYXNz"));
        assertEquals("GET https://***@cms.example.com/api", r.redact("GET https://me:pa55@cms.example.com/api"));
    }

    @Test
    void masksEachLineOfATokenThatALineBreakSplit() {
        Redactor r = Redactor.knowing("abcdefgh\r\nijklmnop");
        assertEquals("*** then ***", r.redact("abcdefgh then ijklmnop"));
    }

    @Test
    void leavesTheCommandsOwnWordsAlone() {
        String message = "GET http://127.0.0.1:1337/api/copydeck-assets: 401 Unauthorized (UnauthorizedError: "
                + "Missing or invalid credentials): Strapi does not accept the API token in COPYDECK_STRAPI_TOKEN";
        assertEquals(message, Redactor.knowing(TOKEN).redact(message));
    }

    @Test
    void serverTextHasItsControlCharactersShownAndIsCutShort() {
        Redactor r = Redactor.patternsOnly();
        assertEquals("a\\u001b]0;x\\u0007b\\u000ac", r.serverText("a\u001b]0;x\u0007b\nc"));
        String cut = r.serverText("y".repeat(10_000));
        assertTrue(cut.length() < Redactor.SERVER_TEXT_LIMIT + 60, cut);
        assertTrue(cut.contains("10000 characters"), cut);
    }

    @Test
    void theWriterRedactsWholeLinesHoweverTheyAreWritten() {
        StringWriter target = new StringWriter();
        var out = RedactingWriter.around(target, Redactor.knowing(TOKEN));
        out.print(TOKEN.substring(0, 10));
        out.print(TOKEN.substring(10));
        out.println(" was the token");
        out.print("no newline " + TOKEN);
        out.flush();
        assertEquals("*** was the token" + System.lineSeparator() + "no newline ***", target.toString());
        assertFalse(target.toString().contains(TOKEN));
    }
}
