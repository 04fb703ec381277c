package io.copydeck.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.brief.Language;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Words from another category, seen in a small model's output, and the lexicon they are told apart by. */
class GroundedTest {
    private static final Grounded RULE = new Grounded();
    /** Northwind's Chai Blend, en-GB: "A warming cup in four minutes", AUTUMN15. */
    private static final Facts CHAI_BLEND = Briefs.facts(Briefs.AUTUMN);
    /** A savings account: nothing in it about legs. */
    private static final Facts SAVINGS = Briefs.facts(Briefs.product("Harbor Bank", "Easy Saver",
            "description: \"A savings account with no monthly fees\"; benefits: \"interest paid every month\""));
    /** Harbour Chai on a channel that declares #TeaTime. */
    private static final Facts HARBOUR_CHAI = Briefs.facts(Briefs.product("Northwind Tea", "Harbour Chai", "")
            .replace("channel twitter { audience: a; products: p }",
                    "channel twitter { audience: a; products: p; hashtags: \"#TeaTime\" }"));

    private static List<String> ungrounded(String text, Facts facts) {
        return Briefs.found(RULE, text, facts);
    }

    @Test
    void wordsOfTheBriefAndOfTheLexiconPass() {
        assertEquals(List.of(), ungrounded("Meet Chai Blend: a warming cup in four minutes. Use code AUTUMN15 today, "
                + "it's easy. Why wait?", CHAI_BLEND));
        assertEquals(List.of(), ungrounded("CHAI BLEND is back. Chai Blend's cup isn't hard to love.", CHAI_BLEND),
                "any case; a clitic after a word of the brief or of the lexicon");
        assertEquals(List.of(), ungrounded("Easy Saver: interest paid every month, with no monthly fees. "
                + "15% off until 31 October 2027.", SAVINGS), "numbers are computed-facts' business");
    }

    @Test
    void aWordFromAnotherCategoryIsFoundWithItsSpan() {
        String text = "Sore legs? Try it.";
        assertEquals(List.of("Sore", "legs"), ungrounded(text, SAVINGS));
        List<Finding> found = RULE.check(Briefs.input(text, SAVINGS));
        assertEquals(2, found.size());
        assertEquals(new Finding(Grounded.ID, "\"legs\" is no word of the brief or of the neutral lexicon", 5, 9), found.get(1));
        assertEquals(List.of("kettle", "tea"), ungrounded("Put the kettle on: tea with Easy Saver.", SAVINGS));
        assertEquals(List.of("Loose", "leaf"), ungrounded("Loose leaf savings with Easy Saver.", SAVINGS),
                "\"savings\" is the brief's");
    }

    @Test
    void namesInsideARunAreLeftToDeclaredNamesButATitleCaseHeadlineIsJudgedWordByWord() {
        assertEquals(List.of(), ungrounded("Meet Willow Harbour Chai today.", HARBOUR_CHAI),
                "a run of capitalised words is a name: declared-names finds Willow");
        assertEquals(List.of("Willow"), ungrounded("Willow is back.", HARBOUR_CHAI), "at a sentence start every word counts");
        assertEquals(List.of("kombucha"), ungrounded("Try our kombucha today.", HARBOUR_CHAI));
        assertEquals(List.of("Kombucha"), ungrounded("Try our Kombucha today.", HARBOUR_CHAI), "one capitalised word is no run");
        assertEquals(List.of("Sore", "Legs", "Rest"), ungrounded("Sore Legs Need Rest Today", SAVINGS));
    }

    @Test
    void aHashtagIsDeclaredOrMadeOfTheBriefsWords() {
        assertEquals(List.of(), ungrounded("Chai time. #TeaTime", HARBOUR_CHAI), "declared on the channel");
        assertEquals(List.of(), ungrounded("Meet #HarbourChai and #harbourchai, from #NorthwindTea. #Chai", HARBOUR_CHAI),
                "words of one fact run together, in any case");
        assertEquals(List.of("#RunHappy"), ungrounded("Chai Blend for your day. #RunHappy", CHAI_BLEND));
        assertEquals(List.of("#ChaiTime"), ungrounded("Chai Blend for your day. #ChaiTime", CHAI_BLEND),
                "\"time\" is a neutral word, but a hashtag is the channel's or the brief's own");
        assertEquals(List.of("#ChaiNorthwind"), ungrounded("#ChaiNorthwind", HARBOUR_CHAI), "words of one fact, in its order");
    }

    @Test
    void theRepairDropsOnlyTheSentenceWithTheInventedWord() {
        var in = Briefs.input("Meet Easy Saver. Sore legs? Interest paid every month.\n\nOpen yours today.", SAVINGS);
        assertEquals(Optional.of("Meet Easy Saver. Interest paid every month.\n\nOpen yours today."), RULE.repair(in));
        assertEquals(Optional.empty(), RULE.repair(Briefs.input("Meet Easy Saver today.", SAVINGS)));
    }

    @Test
    void theFieldsMustIncludesAreGroundedToo() {
        FieldSpec field = Briefs.field("text", List.of("Free delivery on orders over $30"));
        assertEquals(List.of(), RULE.check(new RuleInput("Free delivery with Easy Saver.", field, SAVINGS)));
        assertEquals(1, RULE.check(Briefs.input("Free delivery with Easy Saver.", SAVINGS)).size());
    }

    @Test
    void anAvoidedPhraseIsTheAvoidedPhraseRulesFindingNotThisOnes() {
        FieldSpec avoiding = Briefs.field("text", 100, "cheap");
        assertEquals(List.of(), RULE.check(new RuleInput("Cheap and easy: Easy Saver.", avoiding, SAVINGS)));
        assertEquals(List.of("Cheap"), Briefs.found(RULE, "Cheap and easy: Easy Saver.", SAVINGS), "where it is not avoided");
    }

    @Test
    void aLanguageWithNoLexiconPassesEverything() {
        Facts german = Briefs.facts(Briefs.AUTUMN.replace("en-GB", "de-DE"));
        assertEquals(Language.GERMAN, german.brief().language());
        assertTrue(NeutralLexicon.of(Language.GERMAN).isEmpty(), "German comes with #14");
        assertEquals(List.of(), ungrounded("Müde Beine? Laufschuhe für alle.", german));
    }

    @Test
    void theLexiconIsNeutralAndReadsAsWritten() {
        NeutralLexicon en = NeutralLexicon.of(Language.ENGLISH).orElseThrow();
        assertTrue(en.words().size() > 400, "words: " + en.words().size());
        for (String w : List.of("the", "you", "discover", "offer", "save", "today", "free", "off", "until", "code", "with",
                "now", "can't", "choosing")) {
            assertTrue(en.lists(w), w);
        }
        for (String category : List.of("tea", "legs", "tin", "dental", "coffee", "kettle", "shoes", "fresh", "two")) {
            assertFalse(en.covers(category), category + " is a category's word (or a claim), not a neutral one");
        }
        assertTrue(en.covers("it's") && en.covers("isn't") && en.covers("You’ll"), "clitics and either apostrophe");
        assertEquals(java.util.Set.of("new", "easy"), NeutralLexicon.parse("# a comment\nnew   # inline\n\n  Easy\n"));
    }

    @Test
    void itRunsAfterDeclaredNamesAndNotOnDeclaredText() {
        List<String> ids = Briefs.RULES.fieldRules(Briefs.field("text", 100)).stream().map(CopyRule::id).toList();
        assertEquals(ids.indexOf(OnlyDeclaredNames.ID) + 1, ids.indexOf(Grounded.ID));
        FieldSpec cta = new FieldSpec("cta", List.of(), true, 0, List.of(), List.of(), "Sore legs? Book a run");
        assertFalse(Briefs.RULES.fieldRules(cta).stream().anyMatch(r -> r instanceof Grounded));
    }
}
