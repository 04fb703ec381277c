package io.copydeck.dsl.plan;

import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.brief.Offering;
import io.copydeck.dsl.brief.Section;
import io.copydeck.dsl.brief.Slots;
import io.copydeck.dsl.model.Length;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans long fields as parts, each generated on its own, so that no text is cut short by the
 * model's context or a token cap and every part has a job: a blog post's body is its sections
 * (in the formula's order, {@link Section#plan}) and a close with the call to action; a landing
 * page's benefits are blocks, one per benefit or feature; an email body is its paragraphs
 * ({@link #EMAIL_PARAGRAPHS}). Every other field is one piece.
 */
final class LongForm {
    /**
     * The fewest words a blog post's sections have together: with the intro's 30 and the close's 20, a
     * post of 300 words with its title. They share them equally, so that each of three sections has 80
     * and each of four 60: the post's length is the aim, and a section about one proof line padded to
     * 80 words is filler (measured: with one candidate a round, 2 of 5 panel posts found no 80-word
     * proof section in 6 candidates).
     */
    static final int SECTIONS_WORDS = 240;
    static final int CLOSE_WORDS = 20;
    /** The fewest words of a landing page's benefit block: its title and two sentences. */
    static final int BLOCK_WORDS = 25;
    /** Landing pages show three or four benefit blocks. */
    static final int FEWEST_BLOCKS = 3;
    static final int MOST_BLOCKS = 4;
    /**
     * An email body's paragraphs: a hook and the product, the details, the offer. Their limits and fewest
     * words are these shares of the body's (60 words, or 40 for a thin brief), so the paragraphs add up to
     * the body. The details get less than the opening: a brief with one or two features holds less to say
     * there (measured: a tea's winback email found no 24-word details paragraph in 12 candidates).
     */
    static final List<Paragraph> EMAIL_PARAGRAPHS = List.of(new Paragraph("opening", 0.45),
            new Paragraph("details", 0.35), new Paragraph("close", 0.2));

    /** An email paragraph: its name and its share of the body. */
    record Paragraph(String name, double share) {}

    private LongForm() {}

    /** The pieces of one field: the field itself, or its parts in order. */
    static List<FieldSpec> pieces(String kind, FieldSpec field, Brief brief) {
        if (field.isDeclared()) return List.of(field);
        if (kind.equals("blog_post") && field.name().equals("body")) {
            List<String> names = new ArrayList<>();
            Section.plan(brief.channel().formula(), brief).forEach(s -> names.add(s.word()));
            List<FieldSpec> parts = new ArrayList<>();
            int n = names.size() + 1;
            int sectionWords = (int) Math.ceil((double) SECTIONS_WORDS / names.size());
            for (String name : names) parts.add(part(field, name, true, n, sectionWords));
            parts.add(part(field, "close", false, n, CLOSE_WORDS));
            return parts;
        }
        if (kind.equals("landing_page") && field.name().equals("benefits")) {
            List<String> blocks = blocks(brief);
            return blocks.stream().map(b -> part(field, b, true, blocks.size(), BLOCK_WORDS)).toList();
        }
        if (kind.equals("email") && field.name().equals("body")) {
            List<FieldSpec> parts = new ArrayList<>();
            int left = field.minWords();
            for (int i = 0; i < EMAIL_PARAGRAPHS.size(); i++) {
                Paragraph p = EMAIL_PARAGRAPHS.get(i);
                // The last takes what is left, so that rounding up never asks the body for more words.
                int words = i == EMAIL_PARAGRAPHS.size() - 1 ? left : (int) Math.ceil(field.minWords() * p.share());
                left -= words;
                parts.add(part(field, p.name(), false, p.share(), words));
            }
            return parts;
        }
        return List.of(field);
    }

    /**
     * A landing page's benefit blocks, each named by the slot it is about: the benefits, then the
     * features, then the proof, three or four of them; the product, the brand and the category
     * fill a thin brief's last places.
     */
    static List<String> blocks(Brief brief) {
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < brief.offering().benefits().size() && blocks.size() < MOST_BLOCKS - 1; i++) {
            blocks.add("benefit." + i);
        }
        if (blocks.isEmpty() && brief.positioning() != null && brief.positioning().benefit() != null) blocks.add("benefit");
        // A bundle is its items: prompts show them instead of features.
        boolean bundle = brief.offering() instanceof Offering.Bundle;
        for (int i = 0; !bundle && i < brief.offering().features().size() && blocks.size() < MOST_BLOCKS; i++) {
            blocks.add("feature." + i);
        }
        if (blocks.size() < MOST_BLOCKS && brief.positioning() != null && brief.positioning().proof() != null) {
            blocks.add("proof");
        }
        Slots slots = Slots.of(brief);
        for (String filler : List.of("product", "brand", "category", "need")) {
            if (blocks.size() < FEWEST_BLOCKS && slots.value(filler).isPresent()) blocks.add(filler);
        }
        return List.copyOf(blocks);
    }

    /** A part with an equal share of the field's limits, one of {@code parts}. */
    private static FieldSpec part(FieldSpec field, String name, boolean heading, int parts, int fewestWords) {
        return part(field, name, heading, 1.0 / parts, fewestWords);
    }

    /** A part with {@code share} of the field's limits and its fewest words, at most half of its words share. */
    private static FieldSpec part(FieldSpec field, String name, boolean heading, double share, int fewestWords) {
        List<Length> shares = field.limits().stream()
                .map(l -> new Length(Math.max(1, (int) (l.count() * share)), l.unit())).toList();
        return field.part(name, heading, shares, FieldSpec.fewestWords(fewestWords, shares));
    }
}
