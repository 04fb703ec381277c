package io.copydeck.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A stretch of a sentence that says one thing: sentences are cut at punctuation inside them and at words that
 * turn the sentence ("but", "although", "aber"), and at "and" when a new subject follows ("and the staff..."),
 * so that "great sound but the battery dies" gives the sound its praise and the battery its complaint.
 */
record Clause(List<Token> tokens, int start, int end) {
    /** Words that start a clause of their own. */
    static final Set<String> TURNS = Set.of("but", "however", "although", "though", "yet", "whereas", "while",
            "except", "unfortunately", "sadly", "otherwise", "aber", "jedoch", "doch", "obwohl", "allerdings",
            "leider", "sonst", "trotzdem", "nur");
    /** After "and"/"und", these start a new subject: the "and" ends a clause. */
    static final Set<String> NEW_SUBJECT = Set.of("the", "my", "our", "their", "his", "her", "its", "it", "they",
            "this", "that", "these", "those", "i", "we", "you", "there", "der", "die", "das", "mein", "meine", "es",
            "ich", "wir", "man");
    static final Set<String> BREAKS = Set.of(",", ";", ":", "(", ")", "-", "–", "—", "!", "?", ".", "…");

    /** The clause as written in the review: a verbatim span of {@code text}. */
    String span(String text) {
        return text.substring(start, end);
    }

    /** Whether an aspect's name starts at a word: "and" before one ends a clause ("...was great and music..."). */
    interface AspectStart {
        boolean at(List<Token> sentence, int index);
    }

    static List<Clause> split(List<Token> sentence) {
        return split(sentence, (s, i) -> false);
    }

    static List<Clause> split(List<Token> sentence, AspectStart aspectStart) {
        List<Clause> clauses = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            Token t = sentence.get(i);
            boolean breakHere = BREAKS.contains(t.text());
            boolean turn = TURNS.contains(t.lower());
            boolean andThen = (t.lower().equals("and") || t.lower().equals("und")) && i + 1 < sentence.size()
                    && (NEW_SUBJECT.contains(sentence.get(i + 1).lower()) || aspectStart.at(sentence, i + 1));
            if (breakHere || andThen) {
                close(clauses, current);
                current = new ArrayList<>();
                continue;
            }
            if (turn) {
                close(clauses, current);
                current = new ArrayList<>();
            }
            current.add(t);
        }
        close(clauses, current);
        return clauses;
    }

    private static void close(List<Clause> clauses, List<Token> tokens) {
        if (tokens.stream().noneMatch(Token::isWord)) return;
        // The quote starts after a leading "but" or "and": the words read as the customer's point, still verbatim.
        int first = 0;
        while (first < tokens.size() - 1 && (TURNS.contains(tokens.get(first).lower()) || tokens.get(first).lower().equals("and"))) first++;
        clauses.add(new Clause(List.copyOf(tokens), tokens.get(first).start(), tokens.get(tokens.size() - 1).end()));
    }
}
