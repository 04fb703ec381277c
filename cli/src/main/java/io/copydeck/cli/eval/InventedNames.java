package io.copydeck.cli.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent check for invented names, simpler than the `declared-names` rule on purpose: a run of two
 * or more capitalised words (each starts with an upper-case letter; one space between them, on one line) is
 * a name, and it is backed when some fact of the brief ({@code Brief.facts()}) contains it, letter for letter.
 * A run at a sentence start may owe its first capital to the sentence, so there its first word is left out:
 * what follows is judged (and reported) alone, and when that is a single word it is no run ("Meet Harbour
 * Chai" is backed by "Harbour Chai"; "Meet Kite" is no run). A single word with a capital after a small
 * letter ("PlanPilot", a hashtag "#GiftIdeas") is a name too, wherever it stands.
 */
public final class InventedNames {
    private static final Pattern RUN = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}'’&-]*(?: \\p{Lu}[\\p{L}\\p{N}'’&-]*)+");
    /** One word with a capital after a small letter: "PlanPilot", "#GiftIdeas". */
    private static final Pattern CAMEL = Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]*\\p{Ll}\\p{Lu}[\\p{L}\\p{N}]*");

    private InventedNames() {}

    /** The runs of {@code text} no fact backs, in text order. */
    public static List<String> unbacked(String text, List<String> facts) {
        List<String> found = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = RUN.matcher(line);
            while (m.find()) {
                String run = m.group();
                if (backed(run, facts)) continue;
                if (sentenceStart(line, m.start())) {
                    run = run.substring(run.indexOf(' ') + 1);
                    if (run.indexOf(' ') < 0 || backed(run, facts)) continue;
                }
                found.add(run);
            }
            Matcher camel = CAMEL.matcher(line);
            while (camel.find()) {
                if (!backed(camel.group(), facts) && !found.contains(camel.group())) found.add(camel.group());
            }
        }
        return found;
    }

    /** Backed when a fact holds it letter for letter, a possessive's "'s" aside ("Northwind Tea's"). */
    private static boolean backed(String run, List<String> facts) {
        String name = run.endsWith("'s") || run.endsWith("’s") ? run.substring(0, run.length() - 2) : run;
        return facts.stream().anyMatch(f -> f.contains(name));
    }

    /** At the line's start, or after `.`, `!`, `?`, `:` or `…` (quotes, brackets, bullets and spaces between). */
    private static boolean sentenceStart(String line, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == '…') return true;
            if (!(Character.isWhitespace(c) || "\"'“‘([*-#>•–—".indexOf(c) >= 0)) return false;
        }
        return true;
    }
}
