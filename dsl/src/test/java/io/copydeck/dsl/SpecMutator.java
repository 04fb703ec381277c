package io.copydeck.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks a spec the ways people and tools break files: lost or doubled tokens, swapped words,
 * cut-off saves, stray characters (controls, quotes, braces, non-ASCII, lone surrogates) and
 * values at the edge of their type. Works on a rough tokenisation of its own, so that it does
 * not share the bugs of the lexer it is testing. All randomness comes from the given Random.
 */
final class SpecMutator {
    /** Strings, comments, words/numbers, whitespace runs, then any single character. */
    private static final Pattern ROUGH_TOKEN = Pattern.compile(
            "\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"?|//[^\\n]*|/\\*.*?\\*/|[A-Za-z0-9_.%-]+|\\s+|.",
            Pattern.DOTALL);

    /** Characters and fragments that sit on the edges of the lexer's rules. */
    private static final String[] STRAY = {
        "\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r", "\r\n", "\u000B", "\f", "\u001B", "\u007F",
        "\"", "\"\"\"", "\\", "\\u", "\\uZZZZ", "\\q", "'", "{", "}", "{{", "}}", ":", "::", ",", ";", "..", ".",
        "%", "#", "x", "-", "/*", "*/", "//", "/", "*", "import", "=", "[", "]", "(", ")", "<", ">", "@",
        "\u00E9", "\u4E2D", "\u0301", "\u00A0", "\u2028", "\u2029", "\u200B", "\uFEFF", "\uFFFD", "\uFFFF",
        "\uD83D\uDE00", "\uD83D", "\uDE00", "\uDBFF\uDFFF", "\u0130", "\u212A", "\uFF10",
    };

    /** Values that are lexically fine but sit on the edge of what the checker must handle. */
    private static final String[] EDGE_VALUES = {
        "0", "-1", "00", "1.", ".5", "1.0", "0.000000001", "99999999999999999999999999", "2147483648",
        "9223372036854775808", "1e9", "1" + "0".repeat(400), "0." + "0".repeat(200) + "1",
        "0 USD", "99999999999999999999 USD", "1.999 USD", "3 JPY", "3.5 JPY", "1 XXX", "1 usd", "1 BTC", "1 chars",
        "0 chars", "99999999999999999999 chars", "1.5 words", "0%", "100%", "101%", "99999999999999999999%",
        "0.5%", "0000-00-00", "9999-12-31", "2027-02-29", "2028-02-29", "2027-13-01", "2027-04-31",
        "2027-01-01 .. 2026-01-01", "2027-01-01..2027-01-01", "40..25", "0..0", "1..99999999999999999999",
        "\"\"", "\"   \"", "\"\\u0000\"", "\"\\uD800\"", "\"http://\"", "\"https://ex ample\"", "\"ftp://x\"",
        "\"en-\"", "\"\"", "\"x\"", "\"#\"", "\"# \"", "x x 3", "a x 0", "a x 1.5", "a x -1", "\"\"\"\"\"\"",
        "\"\"\"\n\"\"\"", "\"\"\"\n  a\n b\n\"\"\"", "\"\"\"a\"\"\"", "import", "x", "_", "a".repeat(300),
        "campaign", "channel", "email", "limits", "generation", "pricing", "positioning", "promo", "bundle",
        "support", "policy", "faq", "support { policy p { } faq p { } }",
    };

    private final Random random;

    SpecMutator(Random random) {
        this.random = random;
    }

    /** One to four stacked mutations of {@code text}. */
    String mutate(String text) {
        String out = text;
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) out = mutateOnce(out);
        return out;
    }

    private String mutateOnce(String text) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) return pick(STRAY);
        return switch (random.nextInt(11)) {
            case 0, 1 -> deleteToken(tokens);
            case 2 -> swapTokens(tokens);
            case 3 -> duplicateToken(tokens);
            case 4 -> duplicateSpan(tokens);
            case 5 -> truncate(text);
            case 6, 7 -> insertAt(text, pick(STRAY));
            case 8 -> replaceToken(tokens, pick(EDGE_VALUES));
            case 9 -> insertAt(text, String.valueOf((char) random.nextInt(0x10000)));
            default -> flipChar(text);
        };
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = ROUGH_TOKEN.matcher(text);
        while (m.find()) tokens.add(m.group());
        return tokens;
    }

    private String deleteToken(List<String> tokens) {
        tokens.remove(random.nextInt(tokens.size()));
        return String.join("", tokens);
    }

    private String swapTokens(List<String> tokens) {
        int a = random.nextInt(tokens.size());
        int b = random.nextInt(tokens.size());
        String t = tokens.get(a);
        tokens.set(a, tokens.get(b));
        tokens.set(b, t);
        return String.join("", tokens);
    }

    private String duplicateToken(List<String> tokens) {
        String token = tokens.get(random.nextInt(tokens.size()));
        tokens.add(random.nextInt(tokens.size() + 1), token);
        return String.join("", tokens);
    }

    /** Copies a run of tokens elsewhere: a pasted block, property or half of one. */
    private String duplicateSpan(List<String> tokens) {
        int from = random.nextInt(tokens.size());
        int to = Math.min(tokens.size(), from + 1 + random.nextInt(40));
        List<String> span = new ArrayList<>(tokens.subList(from, to));
        tokens.addAll(random.nextInt(tokens.size() + 1), span);
        return String.join("", tokens);
    }

    private String truncate(String text) {
        return text.substring(0, random.nextInt(text.length() + 1));
    }

    private String insertAt(String text, String fragment) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + fragment + text.substring(at);
    }

    private String replaceToken(List<String> tokens, String replacement) {
        // Prefer a word or number, where a value would stand; whitespace would only insert.
        for (int tries = 0; tries < 8; tries++) {
            int i = random.nextInt(tokens.size());
            if (!tokens.get(i).isBlank()) {
                tokens.set(i, replacement);
                break;
            }
        }
        return String.join("", tokens);
    }

    private String flipChar(String text) {
        if (text.isEmpty()) return text;
        int at = random.nextInt(text.length());
        char c = (char) (text.charAt(at) ^ (1 << random.nextInt(16)));
        return text.substring(0, at) + c + text.substring(at + 1);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
