package io.copydeck.dsl.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlotRealiserTest {
    private static final Brief AUTUMN = SlotBriefs.of(SlotBriefs.AUTUMN);
    private static final Brief DUO = SlotBriefs.of(SlotBriefs.DESK_DUO);
    private static final Brief RAD = SlotBriefs.of(SlotBriefs.RAD);

    private static String realised(String text, Brief brief) {
        SlotRealiser.Realised r = SlotRealiser.realise(text, brief);
        assertTrue(r.ok(), r.problems().toString());
        return r.text();
    }

    @Test
    void aFactIsCapitalisedAtASentenceStart() {
        assertEquals("Loose-leaf tea, done right.", realised("{category}, done right.", AUTUMN));
        assertEquals("Tea for you. Afternoon slump? Not today.", realised("Tea for you. {pain.1}? Not today.", AUTUMN));
        assertEquals("Hi!\n- Afternoon slump\n- A proper cup at the desk",
                realised("Hi!\n- {pain.1}\n- {need}", AUTUMN), "a line and a bullet start a sentence");
        assertEquals("\"Supermarket tea bags\"? Never.", realised("\"{unlike}\"? Never.", AUTUMN));
    }

    @Test
    void insideASentenceAFactWrittenAsASentenceIsLowercased() {
        assertEquals("Meet Chai Blend: fresh tea.", realised("Meet {product}: {benefit}.", SlotBriefs.of(
                SlotBriefs.AUTUMN.replace("benefits: \"A clear head without the coffee jitters.\"", ""))));
        assertEquals("Meet Chai Blend: a clear head without the coffee jitters.", realised("Meet {product}: {benefit}.", AUTUMN));
        assertEquals("No more stale tea bags at work, just whole spices.",
                realised("No more {pain.0}, just {feature.0}.", AUTUMN));
        assertEquals("Ready? Tap to restart my Tea Club.", realised("Ready? Tap to {cta}.", AUTUMN));
    }

    @Test
    void namesAndWordsInCapitalsKeepTheirCapitals() {
        assertEquals("For Northwind quality at the desk, try Chai Blend by Northwind Tea.",
                realised("For {motivation.0}, try {product} by {brand}.", AUTUMN), "starts with the brand's first word");
        assertEquals("Every tin is STOP-tested in Bristol.", realised("Every tin is {proof}.", AUTUMN));
        assertEquals("Inside: 1 × Morning Sencha and 2 × Harbour Chai.", realised("Inside: {items}.", DUO));
        assertEquals("Use AUTUMN15 by 31 October 2027.", realised("Use {code} by {ends}.", AUTUMN));
        assertEquals("Why trust it? Proof: E. coli readings fell by half.", realised("Why trust it? Proof: {proof}.",
                SlotBriefs.of(SlotBriefs.AUTUMN.replace("STOP-tested in Bristol", "E. coli readings fell by half"))),
                "an initial keeps its capital");
    }

    @Test
    void aListsNameWithoutItsIndexIsItsNextFactNotNamedYet() {
        assertEquals("Think whole spices and UV-safe tin.", realised("Think {feature.0} and {feature}.", AUTUMN),
                "the model dropped the index; the corpus never writes it");
        assertEquals("Whole spices. Also a clear head without the coffee jitters.",
                realised("{feature}. Also {benefit}.", AUTUMN), "benefit is a slot of its own, the first benefit");
        assertEquals("Whole spices, UV-safe tin and whole spices.", realised("{feature}, {feature} and {feature}.", AUTUMN),
                "every fact named: the first again, for the rules to catch");
    }

    @Test
    void aFactsOwnFullStopGoesWhenTheTextGoesOnWithPunctuation() {
        assertEquals("In a UV-safe tin.", realised("In a {feature.1}.", AUTUMN));
        assertEquals("In a UV-safe tin, always.", realised("In a {feature.1}, always.", AUTUMN));
        assertEquals("In a UV-safe tin for you.", realised("In a {feature.1} for you.", AUTUMN));
        assertEquals("All in a UV-safe tin.", realised("All in a {feature.1}", AUTUMN), "kept at the end");
        assertEquals("A clear head without the coffee jitters. Try it.", realised("{benefit} Try it.", AUTUMN));
    }

    @Test
    void theOfferIsAWholeSentenceRealisedAsIs() {
        String offer = AUTUMN.offerLine();
        assertEquals("Back for autumn. " + offer + " Restart my Tea Club.",
                realised("Back for autumn. {offer} {cta}.", AUTUMN));
        assertEquals("Desk Duo: 1 × Morning Sencha and 2 × Harbour Chai for £25.00, save £5.50.",
                realised("{offer}", DUO));
        assertEquals("Now: " + offer, realised("Now: {offer}", AUTUMN), "not recased inside a sentence either");
    }

    @Test
    void aGermanFactKeepsItsCapitalsInsideASentence() {
        assertEquals("Mit dem Stadtrad E7 Entspannt ankommen, ohne Stau am Morgen. Nur 10 % bis 31. März 2027.",
                realised("Mit dem {product} {benefit}, ohne {pain}. Nur {discount} bis {ends}.", RAD),
                "German nouns are capitalised: inside a sentence a fact is kept as written");
        assertEquals("Stau am Morgen? Nicht mit Radhaus.", realised("{pain.0}? Nicht mit {brand}.", RAD));
        assertEquals("E-Bikes für die Stadt.", realised("{category} für die Stadt.", RAD));
    }

    @Test
    void aSlotWithoutItsIndexIsTheFirstFact() {
        assertEquals("Stale tea bags at work? Whole spices fix that.", realised("{pain}? {feature} fix that.", AUTUMN));
    }

    @Test
    void aSlotTheBriefCannotFillStaysAsWrittenAndIsAProblem() {
        SlotRealiser.Realised r = SlotRealiser.realise("Meet {product} in {colour}. {pain.5} and {code}.", DUO);
        assertEquals("Meet Desk Duo in {colour}. {pain.5} and {code}.", r.text());
        assertEquals(List.of(SlotRealiser.Kind.UNKNOWN_SLOT, SlotRealiser.Kind.MISSING_FACT, SlotRealiser.Kind.MISSING_FACT),
                r.problems().stream().map(SlotRealiser.Problem::kind).toList());
        String raw = "Meet {product} in {colour}. {pain.5} and {code}.";
        assertEquals(List.of("{colour}", "{pain.5}", "{code}"),
                r.problems().stream().map(p -> raw.substring(p.start(), p.end())).toList(), "spans in the raw text");
        assertEquals("{colour} is no slot", r.problems().get(0).message());
    }

    @Test
    void bracesThatAreNoSlotAreProblems() {
        SlotRealiser.Realised r = SlotRealiser.realise("Try {Product} now { or } later {pain.0 x}.", AUTUMN);
        assertEquals("Try {Product} now { or } later {pain.0 x}.", r.text());
        assertEquals(List.of("{Product}", "{ or }", "{pain.0 x}"), r.problems().stream().map(SlotRealiser.Problem::written).toList());
        assertTrue(r.problems().stream().allMatch(p -> p.kind() == SlotRealiser.Kind.NOT_A_SLOT));
        SlotRealiser.Realised alone = SlotRealiser.realise("A { alone.\nAnd one } too. {product", AUTUMN);
        assertEquals(List.of("{", "}", "{"), alone.problems().stream().map(SlotRealiser.Problem::written).toList());
        assertEquals(List.of(2, 19, 26), alone.problems().stream().map(SlotRealiser.Problem::start).toList());
        assertEquals("a brace with no slot", alone.problems().get(0).message());
    }

    @Test
    void aRealisedTextHasNoBracesLeftAndProblemsFindAnyThatAre() {
        String text = realised("Meet {product}: {benefit}. {cta}.", AUTUMN);
        assertEquals("Meet Chai Blend: a clear head without the coffee jitters. Restart my Tea Club.", text);
        assertEquals(List.of(), SlotRealiser.problems(text, AUTUMN));
        assertEquals(List.of(SlotRealiser.Kind.UNREALISED, SlotRealiser.Kind.UNKNOWN_SLOT),
                SlotRealiser.problems("Meet {product} in {colour}.", AUTUMN).stream().map(SlotRealiser.Problem::kind).toList(),
                "a slot left in a text that should be realised is found, realisable or not");
    }

    @Test
    void theModelsOwnWordsAreKeptAsWritten() {
        assertEquals("WOW. so good: Chai Blend!!", realised("WOW. so good: {product}!!", AUTUMN));
    }

    @Test
    void theModelsOwnWordsAreSpelledAsTheLocaleSpellsButFactsAndNamesStay() {
        assertEquals("Your favourite colour of loose-leaf tea, organised for a proper cup at the desk.",
                realised("Your favorite color of {category}, organized for {need}.", AUTUMN));
        Brief colorful = SlotBriefs.of(SlotBriefs.AUTUMN.replace("A clear head without the coffee jitters.", "A warming color."));
        assertEquals("A warming color: a colour you love.", realised("{benefit.0}: a color you love.", colorful),
                "the strategist's words are theirs; check warns about them (W314)");
        Brief named = SlotBriefs.of(SlotBriefs.AUTUMN.replace("name: \"Chai Blend\"", "name: \"Color Chai\""));
        assertEquals("Color Chai, a favourite.", realised("Color Chai, a favorite.", named),
                "a word of a declared name, written out, keeps its spelling");
        Brief american = SlotBriefs.of(SlotBriefs.AUTUMN.replace("en-GB", "en-US"));
        assertEquals("Your favorite color.", realised("Your favourite colour.", american));
    }

    /** Autumn with facts of every shape: a verb-phrase benefit, a clause benefit, a verb-phrase pain. */
    private static final Brief SHAPES = SlotBriefs.of(SlotBriefs.AUTUMN
            .replace("benefits: \"A clear head without the coffee jitters.\"",
                    "benefits: \"climb with friends after work\", \"your tea stays fresh for months\"")
            .replace("pains: \"Stale tea bags at work\"", "pains: \"wait in line for coffee\""));

    @Test
    void aVerbPhraseTakesItsIngFormAfterAPrepositionAndStandsAsWrittenAfterAVerb() {
        assertEquals("Tired of waiting in line for coffee? Chai Blend helps you climb with friends after work.",
                realised("Tired of {pain.0}? {product} helps you {benefit.0}.", SHAPES));
        assertEquals("Climb with friends after work. Imagine climbing with friends after work.",
                realised("{benefit.0}. Imagine {benefit.0}.", SHAPES));
        assertEquals("Want to climb with friends after work?", realised("Want to {benefit.0}?", SHAPES));
    }

    @Test
    void aFactWhereItsShapeCannotStandIsAProblemNamingItsShape() {
        for (String text : List.of("With Chai, you get {benefit.0}.", "It's {benefit.0}.", "Want {benefit.0}?",
                "Say hello to {benefit.1}.", "You can {feature.0}.", "{product} helps you {need}.",
                "What if {benefit.0} were easy?", "Off-Peak {benefit.0}.", "The offer ends {cta}.")) {
            SlotRealiser.Realised r = SlotRealiser.realise(text, SHAPES);
            assertEquals(1, r.problems().size(), text + " → " + r.problems());
            assertEquals(SlotRealiser.Kind.MISFIT, r.problems().get(0).kind(), text);
            assertTrue(r.text().contains("{"), "kept as written, so the slots rule finds it: " + r.text());
            assertEquals(SlotRealiser.Kind.MISFIT, SlotRealiser.problems(r.text(), SHAPES).get(0).kind(), text);
        }
        SlotRealiser.Realised command = SlotRealiser.realise("Now £9.00 instead of {cta}.", SHAPES);
        assertEquals(SlotRealiser.Kind.MISFIT, command.problems().get(0).kind(), "a call to action is no -ing form: " + command);
        assertTrue(SlotRealiser.realise("With Chai, you get {benefit.0}.", SHAPES).problems().get(0).message()
                .contains("is a verb phrase, which cannot follow \"you get\""));
    }

    @Test
    void aClauseStandsAtASentenceStartOrAfterAConjunction() {
        assertEquals("Your tea stays fresh for months. And your tea stays fresh for months.",
                realised("{benefit.1}. And {benefit.1}.", SHAPES));
        assertEquals("With Chai Blend, your tea stays fresh for months.", realised("With {product}, {benefit.1}.", SHAPES));
    }

    @Test
    void anArticleBeforeAFactAgreesWithIt() {
        assertEquals("An afternoon slump? Not with a proper cup at the desk.",
                realised("A {pain.1}? Not with a {need}.", AUTUMN));
    }

    @Test
    void factsJoinedByAndShareTheirShapeAndADateIsNoSentenceAlone() {
        SlotRealiser.Realised mixed = SlotRealiser.realise("{feature.0} and {benefit.0}.", SHAPES);
        assertEquals(SlotRealiser.Kind.MISFIT, mixed.problems().get(0).kind(), mixed.toString());
        assertTrue(mixed.problems().get(0).message().contains("joined by \"and\" to a noun phrase"), mixed.toString());
        assertEquals("Whole spices and UV-safe tin.", realised("{feature.0} and {feature.1}.", SHAPES));
        SlotRealiser.Realised date = SlotRealiser.realise("Now {sale_price}. {ends}. Book now.", SHAPES);
        assertEquals(SlotRealiser.Kind.MISFIT, date.problems().get(0).kind(), date.toString());
        assertEquals("Until 31 October 2027.", realised("Until {ends}.", SHAPES));
        assertEquals("When does it end? A: 31 October 2027.", realised("When does it end? A: {ends}.", SHAPES));
    }

    @Test
    void aNounPhraseIsNoInfinitiveAndAFreePriceIsNoAmount() {
        SlotRealiser.Realised r = SlotRealiser.realise("For everyone who wants to {need}.", AUTUMN);
        assertEquals(SlotRealiser.Kind.MISFIT, r.problems().get(0).kind(), r.toString());
        SlotRealiser.Realised had = SlotRealiser.realise("If you have ever had to {pain.0}, read on.", AUTUMN);
        assertEquals(SlotRealiser.Kind.MISFIT, had.problems().get(0).kind(), "\"had to stale tea bags\": " + had);
        Brief free = SlotBriefs.of(SlotBriefs.AUTUMN.replace("price: 9.00 GBP", "price: 0 GBP").replace(
                "pricing { promo autumn15 { code: \"AUTUMN15\"; discount: 15%; applies: chai; ends: 2027-10-31 } }", "")
                .replace("promo: autumn15; ", ""));
        for (String text : List.of("Just {price}.", "It costs {price}.", "Only {price} today.")) {
            assertEquals(SlotRealiser.Kind.MISFIT, SlotRealiser.realise(text, free).problems().get(0).kind(), text);
        }
        assertEquals("It's free. Free! All for free.", realised("It's {price}. {price}! All for {price}.", free));
        assertEquals("Just £9.00.", realised("Just {price}.", AUTUMN));
    }
}
