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
        assertTrue(r.accuracy() >= 0.95, () -> "accuracy " + r.accuracy() + ": " + r.misses());
        assertTrue(r.handoffRecall() >= 0.95, () -> "handoff recall " + r.handoffRecall() + ": " + r.misses());
    }

    @Test
    void heldOutQuestions() throws Exception {
        for (String set : List.of("test", "holdout2")) {
            Evaluation.Report r = run(set);
            assertEquals(1.0, r.faithfulness(), () -> set + " unfaithful: " + r.misses());
            // Measured 82.0% / 84.0% accuracy and 100% / 93.3% handoff recall (docs/support.md): below the
            // 95% aim, held here so that they do not get worse unnoticed.
            assertTrue(r.accuracy() >= 0.78, () -> set + " accuracy " + r.accuracy() + ": " + r.misses());
            assertTrue(r.handoffRecall() >= 0.9, () -> set + " handoff recall " + r.handoffRecall() + ": " + r.misses());
        }
    }
}
