package io.copydeck.corpus;

import static io.copydeck.corpus.CopyGrammar.slot;

import io.copydeck.dsl.text.TextMeasure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Target copy for the parts of long fields (dsl/plan/LongForm), delexicalised like {@link CopyGrammar}:
 * a blog section is a subhead line and one paragraph about its facts, long enough for a post of 300
 * words; the close restates the lead benefit, states the offer and ends in the call to action; a
 * landing page's benefit block is a title line and two or three sentences about its fact. A
 * paragraph is sentences about the section's facts first, then neutral sentences that fit any
 * category, each once, until it is long enough.
 */
final class LongCopy {
    /** Words a section's paragraph aims at, realised: above the section minimum of 80. */
    private static final int SECTION_WORDS = 88;
    private static final int COMPACT_SECTION_WORDS = 82;

    private LongCopy() {}

    static String section(CopyGrammar g, String topic, boolean compact) {
        List<String> facts = new ArrayList<>();
        List<String> neutral = new ArrayList<>();
        String subhead;
        boolean after = g.formula().equals("bab");
        switch (topic) {
            case "pains" -> {
                subhead = subhead(g, painHeads(g));
                painFacts(g, facts);
                neutral.addAll(List.of("Most of us put up with it because there was no better option.",
                        "It takes time, it takes energy, and it gets in the way of what matters.",
                        "It starts small, and then it is there every day.", "None of it has to be that way.",
                        "Ask around and you will hear the same story.", "You should not have to work around it.",
                        "It adds up over a week, a month, a year.", "We have all been there.",
                        "It is easy to think this is just how things are.", "The good news is that it can change.",
                        "Nobody plans for it, and yet it keeps coming back.",
                        "It is the kind of problem you stop noticing until it is gone."));
                // The turn to the product, with what it changes where the brief says.
                String b = g.leadBenefit();
                facts.add(b != null && g.random().nextBoolean()
                        ? g.pick("{product} changes that: " + b + ".", "That is where {product} comes in: " + b + ".",
                        "So we made {product}: " + b + ".")
                        : g.pick("That is the gap {product} was made to close.", "That is where {product} comes in.",
                        "So we made {product}.", "This is why {brand} made {product}."));
            }
            case "benefits" -> {
                subhead = subhead(g, benefitHeads(g, after));
                benefitFacts(g, facts, after);
                neutral.addAll(List.of("It sounds simple, and it is.", "Small changes like this add up.",
                        "It fits into your day instead of taking it over.", "There is nothing new to learn.",
                        "That is the whole point.", "You will notice the difference from the first day.",
                        "It works the way you already do.", "The best part is how little you have to change.",
                        "It is the kind of thing you wonder how you managed without.",
                        "Everything you need, nothing you don't.", "It makes the everyday part easy."));
            }
            case "features" -> {
                subhead = subhead(g, featureHeads(g));
                featureFacts(g, facts);
                neutral.addAll(List.of("Every part is there for a reason.", "Nothing is there just for show.",
                        "Getting started takes a few minutes.", "You do not need anything else to begin.",
                        "Each detail was chosen with care.", "That is all it takes.",
                        "It is simple to start and easy to keep using.", "There is nothing to figure out.",
                        "We kept it simple so you don't have to think about it.",
                        "The details are where the difference is."));
            }
            case "proof" -> {
                subhead = subhead(g, List.of("Why trust it", "Don't just take our word for it", "The proof",
                        "Why it works", "Why people trust {product}", "Seeing is believing"));
                proofFacts(g, facts);
                neutral.addAll(List.of("We would rather show you than tell you.", "We are proud of that.",
                        "And we keep working to make it better.", "The best way to judge is to try it yourself.",
                        "See for yourself.", "We think the facts speak for themselves.",
                        "Trust is earned, and we take that seriously.", "We did the work so you don't have to."));
            }
            default -> {
                subhead = subhead(g, List.of("How to get started", "Getting started", "Your first step",
                        "Ready when you are", "Where to begin", "Starting is easy"));
                String offer = g.offer();
                if (offer != null) facts.add(offer);
                facts.add(g.pick("Getting started with {product} is easy.", "{product} is ready when you are.",
                        "Starting with {product} takes a minute."));
                neutral.addAll(List.of("Pick the moment that suits you, and take it from there.",
                        "There is nothing to set up first.", "If you have questions, we are happy to help.",
                        "It takes a minute to begin.", "You can begin today.", "No fuss, no fine print.",
                        "Start small and see how it fits.", "Try it for a week and see how it fits into your routine."));
                if (g.has("cta")) facts.add(g.pick("{cta} and see for yourself.", "{cta} when you are ready."));
            }
        }
        return subhead + "\n" + paragraph(g, facts, neutral, compact ? COMPACT_SECTION_WORDS : SECTION_WORDS);
    }

    /** The close: the lead benefit once more, the offer, and the call to action last. */
    static String close(CopyGrammar g, boolean compact) {
        List<String> parts = new ArrayList<>();
        String b = g.leadBenefit();
        parts.add(b != null ? g.pickOf(g.as(b, "In short: {product} gives you %s.", "In short: {product} helps you %s.",
                        "In short: with {product}, %s."), "That is {product}: " + b + ".",
                g.as(b, "So that is {product}, made for %s.", "So that is {product}, made to help you %s.", null),
                g.as(b, "It all comes back to %s.", "It all comes back to one thing: the chance to %s.", null))
                : g.pick("That is {product} from {brand}.", "So that is {product}.", "That is what {product} is about."));
        if (!compact) parts.add(g.pick("We made it for people like you.", "We hope you like it as much as we do.",
                "We would love to hear what you think.", "Thanks for reading.", "It is here when you are ready."));
        String offer = g.offer();
        if (offer != null) parts.add(g.pick("", "Here's the best part. ", "Good timing: ") + offer);
        parts.add(g.pick("It only takes a minute.", "No strings attached.", "Questions? We are happy to help.",
                "Start whenever suits you."));
        parts.add(g.close());
        return String.join(" ", parts).strip();
    }

    /**
     * A landing page's benefit block about one fact: a title line that states the fact, then two or
     * three sentences that refer to it without saying it again (a block that said it twice would
     * loop, and the rules turn that down).
     */
    static String block(CopyGrammar g, String fact, boolean compact) {
        String f = slot(fact);
        String title;
        List<String> text = new ArrayList<>();
        if (fact.startsWith("benefit")) {
            title = g.pickOf(f, f, g.as(f, "%s, every day", "%s, every day", null), g.as(f, "%s, built in", null, null));
            text.add(g.pick("That is what {product} is for.", "{product} makes it part of every day.",
                    "It is the first thing people notice about {product}.", "{product} was made around it."));
        } else if (fact.startsWith("feature")) {
            title = g.pickOf(f, f, g.as(f, "%s included", null, null), g.as(f, "%s, as standard", null, null));
            text.add(g.pick("Every {product} has it.", "It comes with {product} as standard.",
                    "{product} has it built in."));
        } else if (fact.equals("proof")) {
            title = g.pick("Why trust it", "The proof", "Trusted", "Proven");
            text.add("{proof}.");
        } else if (fact.equals("need")) {
            title = g.pickOf(g.as("{need}", "Made for %s", "Made to help you %s", null), g.as("{need}", "%s, sorted", null, null));
            text.add(g.pick("That is what {product} is for.", "{product} was made for exactly that."));
        } else if (fact.equals("category")) {
            title = g.pick("{category}, done properly", "{category}, made better");
            text.add(g.pick("That is {product} from {brand}.", "{product} is {brand}'s take on it."));
        } else {
            title = g.pick("Made by {brand}", "{product} from {brand}", "All in one place");
            text.add(g.pick("{product} brings it all together.", "Everything you need is in one place."));
        }
        List<String> neutral = new ArrayList<>(List.of("It is there from the first day, with nothing to set up.",
                "You will notice it the first time you use it.", "It is one of the details that make the difference.",
                "No extra steps, no extra cost to your time.", "It just fits into your day.",
                "It is simple, and that is the point.", "We built it in because it matters.",
                "It works the way you already do.", "There is nothing to figure out.",
                "Nothing to learn, nothing to change.", "It keeps working, day after day."));
        return block(g, title, text, neutral, compact);
    }

    /**
     * A benefit block from its title, its fact's sentences and neutral ones in any language: two or three
     * neutral sentences in shuffled order after the fact's, more while the text is under 25 words.
     */
    static String block(CopyGrammar g, String title, List<String> text, List<String> neutral, boolean compact) {
        Collections.shuffle(neutral, g.random());
        int n = 0;
        while (n < neutral.size() && (n < 2 || (!compact && n < 3)
                || TextMeasure.words(g.slots().realise(String.join(" ", text))) < 25)) {
            text.add(neutral.get(n++));
        }
        return title + "\n" + String.join(" ", text);
    }

    // ---- facts of each section ----------------------------------------------------------------

    private static List<String> painHeads(CopyGrammar g) {
        List<String> h = new ArrayList<>(List.of("Sound familiar?", "What gets in the way", "The everyday problem",
                "Where it starts", "The old way"));
        String p = g.pain();
        if (p != null) CopyGrammar.add(h, p + "? You're not alone", g.as(p, "The trouble with %s", "The trouble with having to %s", null),
                g.as(p, "Let's talk about %s", "Let's talk about %s", null));
        if (g.has("need")) CopyGrammar.add(h, g.as("{need}", "Why {need} matters", "Why it matters to {need}", null));
        return h;
    }

    private static void painFacts(CopyGrammar g, List<String> facts) {
        SlotFacts s = g.slots();
        if (!s.pains.isEmpty()) {
            String p = slot(s.pains.get(0));
            facts.add(g.pickOf(g.as(p, "%s is something most of us know too well.", "Having to %s is something most of us know too well.", null),
                    g.as(p, "%s? If that sounds familiar, you are in good company.", "If you often %s, you are in good company.", null),
                    "We hear it all the time: " + p + ".", g.as(p, "Let's be honest about %s.", "Let's be honest about %s.", null)));
            if (s.pains.size() > 1) {
                String p1 = slot(s.pains.get(1));
                facts.add(g.pickOf(g.as(p1, "And then there is %s.", "And then you have to %s.", null),
                        g.as(p1, "Add %s to that, and it is a lot.", null, null), g.as(p1, "On top of it comes %s.", "On top of it, you %s.", null),
                        "And then this: " + p1 + "."));
            }
            if (s.pains.size() > 2) facts.add(g.as(slot(s.pains.get(2)), "Not to mention %s.", "Not to mention having to %s.",
                    "Not to mention this: %s."));
        }
        if (g.has("unlike")) facts.add(g.pick("For years, the only choice was {unlike}.", "Most people settle for {unlike}."));
        if (g.has("need")) facts.add(g.pickOf("What people want is simple: {need}.",
                g.as("{need}", "Everyone deserves %s.", "Everyone should be able to %s.", null)));
    }

    private static List<String> benefitHeads(CopyGrammar g, boolean after) {
        List<String> h = new ArrayList<>(List.of("What changes with {product}", "The difference you will notice",
                "Why people choose {product}", "What you get out of it"));
        String b = g.leadBenefit();
        if (b != null) CopyGrammar.add(h, g.as(b, "%s, made simple", "%s, made simple", null), b + " with {product}");
        if (after && b != null) CopyGrammar.add(h, g.as(b, "Imagine %s", "Imagine %s", "Imagine: %s"), "After {product}: " + b);
        return h;
    }

    private static void benefitFacts(CopyGrammar g, List<String> facts, boolean after) {
        SlotFacts s = g.slots();
        if (!s.benefits.isEmpty()) {
            String b0 = slot(s.benefits.get(0));
            facts.add(after ? g.pickOf(g.as(b0, "Now imagine %s.", "Now imagine %s.", "Now imagine this: %s."), "Picture it: " + b0 + ".",
                    g.as(b0, "After the switch, it is %s.", "After the switch, you %s.", "After the switch, %s."))
                    : g.pickOf(g.as(b0, "With {product}, you get %s.", "With {product}, you can %s.", "With {product}, %s."),
                    g.as(b0, "The first thing you will notice is %s.", "The first thing you will notice: you %s.", null),
                    "{product} was built around one idea: " + b0 + "."));
            if (s.benefits.size() > 1) {
                String b1 = slot(s.benefits.get(1));
                facts.add(g.pickOf(g.as(b1, "On top of that, %s.", "On top of that, you can %s.", "On top of that, %s."),
                        g.as(b1, "You also get %s.", "You can also %s.", "And %s."), "And there's more: " + b1 + "."));
            }
            if (s.benefits.size() > 2) {
                String b2 = slot(s.benefits.get(2));
                facts.add(g.pickOf(g.as(b2, "Plus %s.", "Plus, you can %s.", "Plus, %s."), g.as(b2, "Not to forget %s.", null, null)));
            }
        } else {
            facts.add(g.pick("That is what {product} is for.", "{product} makes it simple."));
        }
        if (!s.motivations.isEmpty()) {
            String m = slot(s.motivations.get(0));
            facts.add(g.pickOf(g.as(m, "It is made for everyone who cares about %s.", "It is made for everyone who wants to %s.", null),
                    g.as(m, "If %s matters to you, this is for you.", "If you want to %s, this is for you.", null)));
        }
    }

    private static List<String> featureHeads(CopyGrammar g) {
        List<String> h = new ArrayList<>(List.of("How it works", "What you get", "Inside {product}", "The details",
                "What's included", "A closer look at {product}"));
        if (g.has("category")) h.add("{category}, done properly");
        return h;
    }

    private static void featureFacts(CopyGrammar g, List<String> facts) {
        SlotFacts s = g.slots();
        if (!s.features.isEmpty()) {
            String f0 = slot(s.features.get(0));
            facts.add(g.pickOf(g.as(f0, "It starts with this: %s.", "It starts with this: you can %s.", "It starts with this: %s."),
                    g.as(f0, "First: %s.", "First, you can %s.", "First, %s."), g.as(f0, "Included with {product}: %s.", null, null)));
            if (s.features.size() > 1) {
                String f1 = slot(s.features.get(1));
                facts.add(g.pickOf(g.as(f1, "Then: %s.", "Then, you can %s.", "Then, %s."),
                        g.as(f1, "Also included: %s.", "You can also %s.", "And %s.")));
            }
            if (s.features.size() > 2) {
                String f2 = slot(s.features.get(2));
                facts.add(g.pickOf(g.as(f2, "Plus: %s, because the details matter.", "And you can %s, because the details matter.", null),
                        g.as(f2, "Add this and you have the full picture: %s.", "And you can %s. That is the full picture.", "And %s.")));
            }
        }
        if (g.has("items")) facts.add(g.pick("The set has {items}.", "You get {items}.", "In the box: {items}."));
        if (g.has("category")) facts.add(g.pick("The {category}, done properly.", "It is the {category} you have been waiting for."));
        if (facts.isEmpty()) facts.add("{product} keeps it simple.");
    }

    private static void proofFacts(CopyGrammar g, List<String> facts) {
        if (g.has("proof")) facts.add(g.pick("{proof}.", "Here is a fact worth knowing: {proof}.", "Why trust it? {proof}."));
        if (g.has("unlike")) facts.add(g.pick("Unlike {unlike}, {product} is made for how you live.",
                "It is a step up from {unlike}.", "Forget {unlike}."));
        facts.add(g.pick("{brand} stands behind {product}.", "That is the promise of {brand}."));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static String subhead(CopyGrammar g, List<String> options) {
        return CopyGrammar.capitalise(g.pick(options));
    }

    /** The facts' sentences in order, then neutral ones, each once, until the paragraph has {@code words}. */
    static String paragraph(CopyGrammar g, List<String> facts, List<String> neutral, int words) {
        List<String> pool = new ArrayList<>(neutral);
        Collections.shuffle(pool, g.random());
        List<String> out = new ArrayList<>();
        for (String f : facts) if (f != null && !f.isBlank()) out.add(f.strip());
        // Neutral sentences go between the facts' sentences, not all at the end: the last fact (the
        // turn to the product) stays last where it closes the section.
        String last = out.size() > 1 ? out.remove(out.size() - 1) : null;
        int i = 0;
        while (i < pool.size() && TextMeasure.words(g.slots().realise(String.join(" ", out) + (last == null ? "" : " " + last))) < words) {
            out.add(out.isEmpty() ? 0 : 1 + g.random().nextInt(out.size()), pool.get(i++));
        }
        if (last != null) out.add(last);
        return String.join(" ", out);
    }
}
