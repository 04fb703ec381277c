package io.copydeck.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.compiler.rules.NeutralLexicon;
import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.brief.Language;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.plan.Plan;
import io.copydeck.templates.Prompt;
import io.copydeck.templates.PromptRenderer;
import io.copydeck.templates.TemplateEngine;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contract between the corpus and the `grounded` rule: every word the corpus writes around its
 * slots is in the English neutral lexicon ({@code compiler/src/main/resources/io/copydeck/compiler/rules/
 * neutral-lexicon.en.txt}), so copy the shipped model learnt from it is not dropped for a word of its
 * own frames. Facts come in by slot and the brief grounds them; the free words must be the lexicon's.
 *
 * <p>Every shape the grammar tries for a job is read, not only the one that fits it: a frame too long
 * for one campaign's limits is another campaign's target. When this fails, it lists the missing words one
 * a line with how often the corpus writes them: add the category-neutral ones to the lexicon, in their
 * section; a category word ("tea", "legs") belongs in a frame only as a slot.
 */
class LexiconCoversCorpusTest {
    /**
     * Campaigns sampled (seed 7, as CorpusBuilderTest): with every shape of every job read, 20 already bring
     * every word that 60 do, and 30 run in about ten seconds.
     */
    private static final int CAMPAIGNS = 30;
    private static final String LEXICON = "compiler/src/main/resources/io/copydeck/compiler/rules/neutral-lexicon.%s.txt";

    @Test
    void everyFreeWordOfEveryEnglishTargetIsInTheEnglishLexicon() throws Exception {
        assertCovered(Language.ENGLISH, new SyntheticCampaigns(7));
    }

    /**
     * The German frames (GermanCopy) against the staged German lexicon beside them
     * (corpus/src/main/resources/io/copydeck/corpus/neutral-lexicon.de.txt), on German synthetic campaigns.
     */
    @Test
    void everyFreeWordOfEveryGermanTargetIsInTheStagedGermanLexicon() throws Exception {
        String file = "corpus/src/main/resources/io/copydeck/corpus/neutral-lexicon.de.txt";
        try (var in = LexiconCoversCorpusTest.class.getResourceAsStream("neutral-lexicon.de.txt")) {
            assertTrue(in != null, "no " + file + " on the class path");
            NeutralLexicon staged = NeutralLexicon.parse(Language.GERMAN,
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            assertCovered(staged, file, new SyntheticCampaigns(7, GermanVocabulary.WORDS));
        }
    }

    private static void assertCovered(Language language, SyntheticCampaigns synth) throws Exception {
        String file = String.format(Locale.ROOT, LEXICON, language.code());
        assertCovered(NeutralLexicon.of(language).orElseThrow(() -> new AssertionError("no " + file + " on the class path")),
                file, synth);
    }

    private static void assertCovered(NeutralLexicon lexicon, String file, SyntheticCampaigns synth) throws Exception {
        Map<String, Integer> missing = new TreeMap<>();
        Map<String, String> example = new TreeMap<>();
        int targets = 0;
        try (TemplateEngine engine = new TemplateEngine(null)) {
            PromptRenderer renderer = new PromptRenderer(engine);
            for (int i = 0; i < CAMPAIGNS; i++) {
                CheckResult checked = Checker.checkText(Path.of("s" + i + ".campaign"), synth.next(i));
                assertFalse(checked.hasErrors(), () -> checked.diagnostics().toString());
                Plan plan = Interpreter.plan(checked.spec());
                for (Prompt p : renderer.render(plan, checked.spec()).prompts()) {
                    CopyGrammar grammar = new CopyGrammar(p.job());
                    int[] seen = {0};
                    // Refusing every shape makes the grammar try all of them, compact ones included.
                    FieldSpec field = p.job().field();
                    grammar.write(p.job().kind(), field.name(), field.isPart() ? field.part().name() : null, t -> {
                        seen[0]++;
                        String free = SlotFacts.SLOT.matcher(t).replaceAll(" ");
                        for (NeutralLexicon.Token w : NeutralLexicon.tokens(free)) {
                            if (w.text().chars().anyMatch(Character::isDigit) || lexicon.covers(w.word())) continue;
                            String word = w.text().toLowerCase(Locale.ROOT);
                            missing.merge(word, 1, Integer::sum);
                            example.putIfAbsent(word, p.job().kind() + "." + p.job().field().name() + ": " + t.strip());
                        }
                        return false;
                    });
                    targets += seen[0];
                }
            }
        }
        assertTrue(targets > 10_000, "shapes read: " + targets);
        String list = missing.entrySet().stream()   // alphabetical: a TreeMap
                .map(e -> String.format(Locale.ROOT, "%-16s %6d   e.g. %s", e.getKey(), e.getValue(),
                        example.get(e.getKey()).replace("\n", "\\n")))
                .collect(Collectors.joining("\n"));
        assertTrue(missing.isEmpty(), missing.size() + (missing.size() == 1 ? " word" : " words")
                + " the corpus writes outside slots are not in " + file + " (word, times, an example); add the "
                + "category-neutral ones there, write category words as slots:\n" + list + "\n");
    }
}
