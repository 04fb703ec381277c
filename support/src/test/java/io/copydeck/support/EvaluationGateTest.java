package io.copydeck.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CI gate of the support panel (docs/support.md): every spec of examples/support answered from its
 * own facts (no model: the facts' own words, as most answers are), scored against its labelled questions.
 * The bars are the figures measured there; a change that answers worse fails here.
 */
class EvaluationGateTest {
    private static Evaluation.Report run(String set) throws Exception {
        List<Evaluation.Scored> scored = new ArrayList<>();
        for (String[] spec : SupportExamples.PANEL) {
            Answerer answerer = new Answerer(SupportExamples.catalogue(spec[0]), AnswerThresholds.DEFAULT, Phrasing.NONE);
            for (QuestionFile.Entry e : QuestionFile.read(SupportExamples.root().resolve("questions/" + set + "-" + spec[1] + ".jsonl"))) {
                assertTrue(e.ok(), () -> set + "-" + spec[1] + ":" + e.line() + ": " + e.error());
                scored.add(Evaluation.score(answerer, e.question()));
            }
        }
        return Evaluation.report(scored);
    }

    @Test
    void developmentQuestions() throws Exception {
        Evaluation.Report r = run("dev");
        assertTrue(r.questions() >= 80, "the dev set shrank: " + r.questions());
        assertEquals(1.0, r.faithfulness(), () -> "unfaithful: " + r.misses());
        // Measured 100% (65/65) in round 5 (96.9% by the words alone).
        assertTrue(r.accuracy() >= 0.99, () -> "accuracy " + r.accuracy() + ": " + r.misses());
        assertTrue(r.handoffRecall() >= 0.95, () -> "handoff recall " + r.handoffRecall() + ": " + r.misses());
    }

    /** Measured figures (docs/support.md): accuracy, handoff recall; each floor is its set's measured figure. */
    private static void atLeast(String set, double accuracy, double recall) throws Exception {
        Evaluation.Report r = run(set);
        assertEquals(1.0, r.faithfulness(), () -> set + " unfaithful: " + r.misses());
        assertTrue(r.accuracy() >= accuracy, () -> set + " accuracy " + r.accuracy() + ": " + r.misses());
        assertTrue(r.handoffRecall() >= recall, () -> set + " handoff recall " + r.handoffRecall() + ": " + r.misses());
    }

    @Test
    void heldOutQuestions() throws Exception {
        // Measured 96.7% (59/61) and 100% in round 5 (93.4% in round 4, when "I have terrible toothache, can
        // I be seen today?" lost the relative that matched "pain"); seen in every round since the first.
        atLeast("test", 0.96, 1.0);
        // Measured 100% (25/25) and 93.3% (14/15) in round 5: seen as well.
        atLeast("holdout2", 0.99, 0.93);
    }

    @Test
    void blindQuestions() throws Exception {
        // Blind in round 3 (47.5%, 29/61; 92.0%, 23/25); its misses were worked on in round 4: 62.3% (38/61),
        // 92.0% (23/25), no longer blind (docs/support.md).
        // Round 5 (the meaning beside the words): 75.4% (46/61), 92.0%.
        atLeast("holdout3", 0.75, 0.92);
        // Written and committed before round 4's changes, measured once at its end: 50.9% (28/55), 100% (20/20);
        // before round 4 it reads 45.5% (25/55), 100%. Seen in round 5: 76.4% (42/55), 100%.
        atLeast("holdout4", 0.76, 1.0);
        // Written and committed before round 5's changes (4b1dca8), measured once at its end: 62.7% (37/59),
        // 95.0% (19/20); round 4's code reads 35.6% (21/59), 95.0%. Held so that it gets no worse.
        atLeast("holdout5", 0.62, 0.95);
        // Written and committed before round 6 (62461b8), measured once with round 5's code: 68.0% (34/50),
        // 100% (13/13). Held so that it gets no worse; no change of round 6 was kept.
        atLeast("holdout6", 0.68, 1.0);
    }
}
