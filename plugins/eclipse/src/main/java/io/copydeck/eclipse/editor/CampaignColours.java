package io.copydeck.eclipse.editor;

import io.copydeck.eclipse.language.TokenKind;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** The colour and style of each kind of token; Eclipse's own Java colours, so that it looks at home. */
public final class CampaignColours {
    private static final Map<TokenKind, TextAttribute> ATTRIBUTES = new EnumMap<>(TokenKind.class);

    static {
        put(TokenKind.KEYWORD, new RGB(127, 0, 85), SWT.BOLD);
        put(TokenKind.PROPERTY, new RGB(0, 0, 192), SWT.NORMAL);
        put(TokenKind.STRING, new RGB(42, 0, 255), SWT.NORMAL);
        put(TokenKind.NUMBER, new RGB(9, 134, 88), SWT.NORMAL);
        put(TokenKind.MONEY, new RGB(150, 90, 0), SWT.BOLD);
        put(TokenKind.DATE, new RGB(128, 64, 0), SWT.NORMAL);
        put(TokenKind.COMMENT, new RGB(63, 127, 95), SWT.ITALIC);
        put(TokenKind.PUNCTUATION, new RGB(80, 80, 80), SWT.NORMAL);
        put(TokenKind.ERROR, new RGB(200, 0, 0), SWT.NORMAL);
        ATTRIBUTES.put(TokenKind.DEFAULT, new TextAttribute(null));
    }

    private CampaignColours() {}

    public static TextAttribute of(TokenKind kind) { return ATTRIBUTES.get(kind); }

    public static RGB rgb(TokenKind kind) {
        Color c = ATTRIBUTES.get(kind).getForeground();
        return c == null ? null : c.getRGB();
    }

    private static void put(TokenKind kind, RGB rgb, int style) {
        // Device-less colours (SWT 3.115+) need no disposal and may live in a static table.
        ATTRIBUTES.put(kind, new TextAttribute(new Color(rgb), null, style));
    }
}
