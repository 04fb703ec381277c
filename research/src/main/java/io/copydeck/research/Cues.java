package io.copydeck.research;

import java.util.List;

/**
 * The words that say a review states a motivation (the outcome a customer wanted: "I wanted something to block
 * out the train", "ich suchte...") or an objection (what held them back before buying: "I almost didn't buy it
 * because of the price", "was sceptical about..."). cues.tsv lists them by kind; what follows a cue in its
 * clause is what was wanted or feared.
 */
final class Cues {
    enum Kind { MOTIVATION, OBJECTION }

    /** A cue found in a clause: its kind and the index of the first word after it. */
    record Cue(Kind kind, int index, int after) {}

    private final PhraseTable<Kind> table = PhraseTable.read("cues.tsv", (columns, where) -> {
        if (columns.length < 2) throw new IllegalStateException(where + ": a cue needs its kind");
        return Kind.valueOf(columns[1].strip().toUpperCase(java.util.Locale.ROOT));
    });

    List<Cue> in(List<Token> tokens) {
        return table.all(tokens).stream().map(m -> new Cue(m.value(), m.index(), m.index() + m.length())).toList();
    }
}
