package io.copydeck.dsl.text;

import java.util.List;
import java.util.Locale;

/**
 * "a" or "an" before a word, by its sound: an hour, a unit, an SPF 50 cream, a UV-safe tin, an 18-hour
 * brew. Spelling rules with their known exceptions; a fact placed after the model's article gets the
 * article it needs.
 */
public final class EnglishArticles {
    /** Letters whose names start with a vowel sound: an F, an MBA, an SMS. */
    private static final String VOWEL_LETTER_NAMES = "AEFHILMNORSX";
    private static final List<String> SILENT_H = List.of("hour", "honest", "honour", "honor", "heir", "herb");
    private static final List<String> YOU_SOUND = List.of("uni", "use", "usu", "uti", "ura", "uri", "uro", "ubi",
            "uku", "eu", "ewe", "one", "once", "ufo");

    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("a", "an", "the", "your", "our", "my",
            "their", "his", "her", "its", "this", "these", "those");

    private EnglishArticles() {}

    /** Whether {@code word} takes "an". */
    public static boolean takesAn(String word) {
        if (word.isEmpty()) return false;
        String first = word.split("[^\\p{L}\\p{N}]", 2)[0];
        if (first.isEmpty()) return false;
        if (Character.isDigit(first.charAt(0))) return digitsTakeAn(first);
        if (first.length() >= 2 && first.equals(first.toUpperCase(Locale.ROOT)) && first.chars().allMatch(Character::isLetter)) {
            return VOWEL_LETTER_NAMES.indexOf(first.charAt(0)) >= 0;
        }
        String w = first.toLowerCase(Locale.ROOT);
        for (String h : SILENT_H) if (w.startsWith(h)) return true;
        for (String y : YOU_SOUND) if (w.startsWith(y)) return false;
        return "aeiou".indexOf(w.charAt(0)) >= 0;
    }

    /** 8, 11, 18, 80–89, 800…: the numbers said with a vowel first. */
    private static boolean digitsTakeAn(String number) {
        String digits = number.replaceAll("\\D.*", "");
        if (digits.startsWith("8")) return true;
        return (digits.length() == 2 || digits.length() == 5) && (digits.startsWith("11") || digits.startsWith("18"));
    }

    /**
     * Drops the text's last word when it is an article and the next word is a determiner of its
     * own: "get a {benefit}" with the benefit "a calmer mind" reads "get a calmer mind".
     */
    public static void dropDoubled(StringBuilder text, String next) {
        String first = next.split("[^\\p{L}]", 2)[0].toLowerCase(Locale.ROOT);
        if (!DETERMINERS.contains(first)) return;
        int j = text.length();
        while (j > 0 && text.charAt(j - 1) == ' ') j--;
        int i = j;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) i--;
        if (i == j || (i > 0 && text.charAt(i - 1) != ' ')) return;
        String article = text.substring(i, j).toLowerCase(Locale.ROOT);
        if (article.equals("a") || article.equals("an") || article.equals("the")) text.setLength(i);
    }

    /**
     * The text with its last word, an article, made to agree with the word that follows it; the
     * text as it is when its last word is no article.
     */
    public static void agree(StringBuilder text, String next) {
        int end = text.length();
        int j = end;
        while (j > 0 && text.charAt(j - 1) == ' ') j--;
        if (j == end) return;
        int i = j;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) i--;
        if (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) return;
        String article = text.substring(i, j);
        String lower = article.toLowerCase(Locale.ROOT);
        if (!lower.equals("a") && !lower.equals("an")) return;
        String wanted = takesAn(next) ? "an" : "a";
        if (lower.equals(wanted)) return;
        if (Character.isUpperCase(article.charAt(0))) wanted = Character.toUpperCase(wanted.charAt(0)) + wanted.substring(1);
        text.replace(i, j, wanted);
    }
}
