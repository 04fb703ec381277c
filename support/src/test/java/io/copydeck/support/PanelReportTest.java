package io.copydeck.support;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The figures of docs/support.md's table, every set over every spec of the panel, as EvaluationGateTest
 * scores them: {@code mvn -B -o test -pl support -am -Dtest=PanelReportTest -Dcopydeck.panel=dev,test
 * -Dsurefire.failIfNoSpecifiedTests=false} (add {@code -Dcopydeck.panel.misses=true} for the misses,
 * {@code -Dcopydeck.panel.words=true} for the words alone). Not a gate: it prints.
 */
@EnabledIfSystemProperty(named = "copydeck.panel", matches = ".+")
class PanelReportTest {
    @Test
    void report() throws Exception {
        boolean words = Boolean.getBoolean("copydeck.panel.words");
        for (String set : System.getProperty("copydeck.panel").split(",")) {
            List<Evaluation.Scored> scored = new ArrayList<>();
            for (String[] spec : SupportExamples.PANEL) {
                FactCatalogue catalogue = SupportExamples.catalogue(spec[0]);
                Answerer answerer = words
                        ? new Answerer(catalogue, AnswerThresholds.DEFAULT, Phrasing.NONE, SentenceMeaning.NONE)
                        : new Answerer(catalogue, AnswerThresholds.DEFAULT, Phrasing.NONE);
                answerer.answer("warm up"); // the first answer pays the JIT's and the model's start
                for (QuestionFile.Entry e : QuestionFile.read(SupportExamples.root().resolve("questions/" + set + "-" + spec[1] + ".jsonl"))) {
                    scored.add(Evaluation.score(answerer, e.question()));
                }
            }
            Evaluation.Report r = Evaluation.report(scored);
            System.out.printf("%-9s %3d (%d) accuracy %.1f%% (%d/%d) faithful %.0f%% handoff precision %.1f%% (%d/%d) recall %.1f%% (%d/%d) p50 %.1f ms p95 %.1f ms%n",
                    set, r.questions(), r.answerable(), 100 * r.accuracy(), r.right(), r.answerable(), 100 * r.faithfulness(),
                    100 * r.handoffPrecision(), r.handedOffRightly(), r.handedOff(), 100 * r.handoffRecall(),
                    r.unanswerableHandedOff(), r.unanswerable(), r.p50Millis(), r.p95Millis());
            if (Boolean.getBoolean("copydeck.panel.misses")) {
                for (Evaluation.Scored s : r.misses()) {
                    System.out.printf("  miss: %s -> %s %s (want %s)%n", s.question().question(),
                            s.answer().answered() ? "answered" : "handed off", s.answer().sources(),
                            s.question().unanswerable() ? "handoff" : s.question().facts());
                }
            }
        }
    }
}
