package io.copydeck.eclipse.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.copydeck.eclipse.Fixtures;
import io.copydeck.eclipse.language.TokenKind;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.junit.jupiter.api.Test;

class TokenColouringTest {
    private static final String TEXT = """
            // the brand
            campaign autumn_tea {
              title: "Autumn Tea"
              window: 2027-09-15 .. 2027-11-30
              channel email winback { variants: 2 }
              pricing { bundle duo { price: 19.00 GBP } }
            }
            """;

    @Test
    void colours_keywords_properties_strings_numbers_money_dates_and_comments() {
        try (EditorHarness h = new EditorHarness(Fixtures.repoRoot().resolve("x.campaign"), TEXT)) {
            StyledText text = h.viewer.getTextWidget();
            assertStyle(text, "// the brand", TokenKind.COMMENT, SWT.ITALIC);
            assertStyle(text, "campaign", TokenKind.KEYWORD, SWT.BOLD);
            assertStyle(text, "title", TokenKind.PROPERTY, SWT.NORMAL);
            assertStyle(text, "\"Autumn Tea\"", TokenKind.STRING, SWT.NORMAL);
            assertStyle(text, "2027-09-15", TokenKind.DATE, SWT.NORMAL);
            assertStyle(text, "email", TokenKind.KEYWORD, SWT.BOLD);
            assertStyle(text, "2 }", TokenKind.NUMBER, SWT.NORMAL);
            assertStyle(text, "19.00", TokenKind.MONEY, SWT.BOLD);
            assertStyle(text, "GBP", TokenKind.MONEY, SWT.BOLD);
            StyleRange name = text.getStyleRangeAtOffset(TEXT.indexOf("autumn_tea"));
            assertNull(name == null ? null : name.foreground, "a declared name keeps the default colour");
        }
    }

    @Test
    void typing_a_text_block_opener_recolours_the_rest_of_the_file() throws Exception {
        try (EditorHarness h = new EditorHarness(Fixtures.repoRoot().resolve("x.campaign"), TEXT)) {
            h.replace("// the brand", "/* the brand");
            io.copydeck.eclipse.Ui.flush();
            assertStyle(h.viewer.getTextWidget(), "campaign", TokenKind.COMMENT, SWT.ITALIC);
        }
    }

    private static void assertStyle(StyledText text, String what, TokenKind kind, int fontStyle) {
        int offset = text.getText().indexOf(what);
        StyleRange style = text.getStyleRangeAtOffset(offset);
        String where = "`" + what + "` at " + offset;
        assertEquals(CampaignColours.rgb(kind), style == null ? null : style.foreground.getRGB(), where + " colour");
        assertEquals(fontStyle, style.fontStyle, where + " font style");
    }
}
