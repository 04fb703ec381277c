package io.copydeck.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.copydeck.compiler.CompletionSource;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.text.Printable;
import io.copydeck.support.Answer;
import io.copydeck.support.AnswerThresholds;
import io.copydeck.support.Answerer;
import io.copydeck.support.Evaluation;
import io.copydeck.support.FactCatalogue;
import io.copydeck.support.LabelledQuestion;
import io.copydeck.support.ModelPhrasing;
import io.copydeck.support.Phrasing;
import io.copydeck.support.QuestionFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `copydeck answer SPEC "QUESTION"` and `copydeck answer SPEC --questions FILE.jsonl`: customer
 * questions answered from the spec's declared facts, or handed off ({@code docs/support.md}).
 * {@code --eval} scores a labelled file instead of printing answers.
 */
@Command(name = "answer", mixinStandardHelpOptions = true,
        description = "Answer customers' questions from the spec's declared facts (support block, products, promos, "
                + "bundles), or hand off when no fact answers.")
public final class AnswerCommand implements Callable<Integer> {
    public enum Format { text, json }

    @Parameters(index = "0", paramLabel = "SPEC", description = "the .campaign spec")
    Path file;

    @Parameters(index = "1", arity = "0..1", paramLabel = "QUESTION", description = "one question (or use --questions)")
    String question;

    @Option(names = "--questions", paramLabel = "FILE.jsonl",
            description = "one {\"q\": ...} object a line; other keys are ignored; answers come one JSON object a line, in order")
    Path questions;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--eval", description = "score a labelled --questions file: accuracy, faithfulness, handoff precision "
            + "and recall, p50/p95 latency")
    boolean eval;

    @Option(names = "--facts", description = "list the facts answers may cite (id and text) and exit")
    boolean listFacts;

    @CommandLine.Mixin
    AnswerModelOptions models;

    @CommandLine.Mixin
    Console console;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        if (listFacts) {
            FactCatalogue catalogue = FactCatalogue.of(console.load(file).spec());
            for (var f : catalogue.facts()) out.println(f.id() + "\t" + Printable.escape(f.text()));
            out.println("(handoff)\t" + Printable.escape(catalogue.handoff()));
            out.flush();
            return Main.OK;
        }
        if ((question == null) == (questions == null)) {
            err.println("copydeck: answer takes one QUESTION or --questions FILE.jsonl, not " + (question == null ? "neither" : "both"));
            return Main.USAGE;
        }
        if (eval && questions == null) {
            err.println("copydeck: --eval scores a labelled file: pass --questions FILE.jsonl");
            return Main.USAGE;
        }
        List<QuestionFile.Entry> entries = questions == null ? List.of() : readQuestions(err);
        CheckResult checked = console.load(file);
        FactCatalogue catalogue = FactCatalogue.of(checked.spec());
        try (Model m = model(err)) {
            ModelPhrasing modelPhrasing = m.source == null ? null : new ModelPhrasing(m.source, catalogue.language());
            Answerer answerer = new Answerer(catalogue, AnswerThresholds.DEFAULT,
                    modelPhrasing == null ? Phrasing.NONE : modelPhrasing);
            if (question != null) {
                print(out, answerer.answer(question));
                out.flush();
                return Main.OK;
            }
            int bad = 0;
            List<Evaluation.Scored> scored = new ArrayList<>();
            ObjectWriter line = TerminalSafeJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);
            for (QuestionFile.Entry e : entries) {
                if (!e.ok()) {
                    bad++;
                    err.println(Printable.line(questions.toString()) + ":" + e.line() + ": error: " + e.error());
                    if (!eval) {
                        Map<String, Object> error = new LinkedHashMap<>();
                        error.put("line", e.line());
                        error.put("error", e.error());
                        out.println(line.writeValueAsString(error));
                    }
                    continue;
                }
                if (eval) {
                    scored.add(Evaluation.score(answerer, e.question()));
                } else if (format == Format.json) {
                    out.println(line.writeValueAsString(json(answerer.answer(e.question().question()))));
                } else {
                    print(out, answerer.answer(e.question().question()));
                    out.println();
                }
            }
            if (eval) printReport(out, Evaluation.report(scored), modelPhrasing);
            out.flush();
            err.flush();
            return bad > 0 ? Main.ERRORS : Main.OK;
        }
    }

    private List<QuestionFile.Entry> readQuestions(PrintWriter err) throws CheckedSpec.Stop {
        try {
            if (!Files.isRegularFile(questions)) throw new IOException("no such file");
            return QuestionFile.read(questions);
        } catch (IOException e) {
            err.println("copydeck: error: cannot read " + Printable.line(questions.toString()) + ": "
                    + Printable.line(String.valueOf(e.getMessage())));
            throw new CheckedSpec.Stop(Main.USAGE);
        }
    }

    /** The model's completion source, or none with --no-model; closed after the last answer. */
    private record Model(CompletionSource source) implements AutoCloseable {
        @Override
        public void close() {
            if (source != null) source.close();
        }
    }

    private Model model(PrintWriter err) throws CheckedSpec.Stop {
        return new Model(models.open(err));
    }

    static Map<String, Object> json(Answer a) {
        return a.asJson();
    }

    private void print(PrintWriter out, Answer a) throws IOException {
        if (format == Format.json) {
            out.println(TerminalSafeJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(json(a)));
            return;
        }
        out.println(Printable.escape(a.answer()));
        out.println(a.answered() ? "  sources: " + String.join(", ", a.sources()) + String.format(Locale.ROOT, "  (score %.3f)", a.score())
                : String.format(Locale.ROOT, "  handed off: no declared fact answers this (best score %.3f)", a.score()));
    }

    private void printReport(PrintWriter out, Evaluation.Report r, ModelPhrasing phrasing) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("questions", r.questions());
        m.put("answerable", r.answerable());
        m.put("unanswerable", r.unanswerable());
        m.put("accuracy", round(r.accuracy()));
        m.put("faithfulness", round(r.faithfulness()));
        m.put("handoff_precision", round(r.handoffPrecision()));
        m.put("handoff_recall", round(r.handoffRecall()));
        m.put("p50_ms", round(r.p50Millis()));
        m.put("p95_ms", round(r.p95Millis()));
        if (phrasing != null) {
            m.put("model_phrasings_tried", phrasing.stats().tried());
            m.put("model_phrasings_passed", phrasing.stats().passed());
        }
        List<Map<String, Object>> misses = new ArrayList<>();
        for (Evaluation.Scored s : r.misses()) {
            Map<String, Object> miss = json(s.answer());
            miss.put("expected", s.question().unanswerable() ? List.of("handoff") : s.question().facts());
            if (!s.faithful()) miss.put("unbacked", s.unbacked());
            misses.add(miss);
        }
        m.put("misses", misses);
        if (format == Format.json) {
            out.println(TerminalSafeJson.mapper().writeValueAsString(m));
            return;
        }
        out.printf(Locale.ROOT, "%d questions (%d answerable, %d unanswerable)%n", r.questions(), r.answerable(), r.unanswerable());
        out.printf(Locale.ROOT, "accuracy          %6.1f%%  (%d of %d answered with a right fact)%n", 100 * r.accuracy(), r.right(), r.answerable());
        out.printf(Locale.ROOT, "faithfulness      %6.1f%%  (%d of %d answers backed word for word by their cited facts)%n",
                100 * r.faithfulness(), r.faithful(), r.questions());
        out.printf(Locale.ROOT, "handoff precision %6.1f%%  (%d of %d handoffs were unanswerable)%n", 100 * r.handoffPrecision(),
                r.handedOffRightly(), r.handedOff());
        out.printf(Locale.ROOT, "handoff recall    %6.1f%%  (%d of %d unanswerable handed off)%n", 100 * r.handoffRecall(),
                r.unanswerableHandedOff(), r.unanswerable());
        out.printf(Locale.ROOT, "latency           p50 %.2f ms, p95 %.2f ms%n", r.p50Millis(), r.p95Millis());
        if (phrasing != null) {
            out.printf(Locale.ROOT, "model phrasing    %d of %d facts phrased faithfully by GPT-2 (the rest in their own words)%n",
                    phrasing.stats().passed(), phrasing.stats().tried());
        }
        for (Evaluation.Scored s : r.misses()) {
            out.println("miss: " + Printable.line(s.question().question()) + "  -> "
                    + (s.answer().answered() ? String.join(",", s.answer().sources()) : "handoff") + "  expected "
                    + (s.question().unanswerable() ? "handoff" : String.join(",", s.question().facts()))
                    + String.format(Locale.ROOT, "  (score %.3f)", s.answer().score())
                    + (s.faithful() ? "" : "  unbacked: " + Printable.line(String.join(" ", s.unbacked()))));
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
