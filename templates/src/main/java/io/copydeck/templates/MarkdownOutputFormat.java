package io.copydeck.templates;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker's output format for Markdown layouts (`*.md.ftl`): every `${...}` is escaped so that
 * a spec string or generated text cannot become markup that runs or links somewhere. Escaped:
 * a `<` that would open an HTML tag, comment or autolink (followed by a letter, `/`, `!` or `?`:
 * CommonMark's raw HTML, so `<script>`, `<img onerror=…>`, `<javascript:…>`), written `&lt;`;
 * every `[` and `]`, so no link, image or link reference (`[x](javascript:…)`, `![](data:…)`)
 * can form; and a `\` before punctuation, so that text cannot undo an escape. Everything else,
 * emphasis included, is left as written: ordinary copy ("20% off", "Tom's <3", `*` footnotes)
 * comes out byte for byte. `?no_esc` writes Markdown on purpose.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Markup> {
    public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    /** A piece of Markdown: what FreeMarker keeps for a value of this format. */
    public static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {
        Markup(String plainText, String markup) {
            super(plainText, markup);
        }

        @Override
        public MarkdownOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }

    private MarkdownOutputFormat() {}

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    @Override
    public String escapePlainText(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            String escaped = switch (c) {
                case '<' -> opensHtml(next) ? "&lt;" : null;
                case '[' -> "\\[";
                case ']' -> "\\]";
                case '\\' -> isAsciiPunctuation(next) ? "\\\\" : null;
                default -> null;
            };
            if (escaped != null && out == null) out = new StringBuilder(text.length() + 16).append(text, 0, i);
            if (out != null) {
                if (escaped != null) out.append(escaped);
                else out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** What may follow `<` in CommonMark's raw HTML and autolinks: a tag or scheme name, `/`, `!`, `?`. */
    private static boolean opensHtml(char next) {
        return next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' || next == '/' || next == '!' || next == '?';
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Markup newTemplateMarkupOutputModel(String plainText, String markup) {
        return new Markup(plainText, markup);
    }
}
