package io.copydeck.bench;

import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.syntax.SyntaxParser;
import io.copydeck.grammar.CampaignLexer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.antlr.v4.runtime.CharStreams;

/**
 * The front end's speed in lines per second on one thread, next to two baselines measured in
 * the same JVM a moment earlier: splitting the text into lines, and ANTLR-lexing it. On a
 * shared machine wall time moves with the load; one-core time (this thread's CPU time plus GC)
 * and the ratio to the lexing baseline move much less, so compare those across runs. The
 * lines/s columns are by one-core time.
 *
 * <p>Usage: {@code FrontEndBench [lines] [runs]}; run it with {@code tests/bench/frontend.sh}.
 */
public final class FrontEndBench {
    private static final Path FILE = Path.of("bench.campaign");

    private FrontEndBench() {}

    public static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : SpecGenerator.BENCH_LINES;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        String text = SpecGenerator.generate(lines);
        long lineCount = text.lines().count();
        System.out.printf("spec: %,d lines, %,d chars; %d timed runs per stage (wall: median, 1-core: mean); 1 thread%n",
                lineCount, text.length(), runs);

        Map<String, Supplier<?>> stages = new LinkedHashMap<>();
        stages.put("baseline: String.split lines", () -> text.split("\n", -1).length);
        stages.put("baseline: ANTLR lex only", () -> new CampaignLexer(CharStreams.fromString(text)).getAllTokens());
        stages.put("parse to syntax tree", () -> SyntaxParser.parse(new SourceFile(FILE, text)));
        stages.put("parse + check (Checker)", () -> Checker.checkText(FILE, text));

        Map<String, Timing.Result> timings = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<?>> stage : stages.entrySet()) {
            timings.put(stage.getKey(), Timing.measure(stage.getValue(), 5, runs));
        }
        Timing.Result lex = timings.get("baseline: ANTLR lex only");
        System.out.printf("%-30s %9s %9s %14s %14s %9s%n", "stage", "wall ms", "1-core ms", "lines/s",
                "lines/min", "x lex");
        for (Map.Entry<String, Timing.Result> t : timings.entrySet()) {
            double perSecond = lineCount / t.getValue().oneCoreSeconds();
            System.out.printf("%-30s %9.1f %9.1f %,14.0f %,14.0f %9.2f%n", t.getKey(), t.getValue().wallSeconds() * 1e3,
                    t.getValue().oneCoreSeconds() * 1e3, perSecond, perSecond * 60,
                    t.getValue().oneCoreSeconds() / lex.oneCoreSeconds());
        }
        Timing.Result check = timings.get("parse + check (Checker)");
        double wallPerMinute = lineCount / check.wallSeconds() * 60;
        double oneCorePerMinute = lineCount / check.oneCoreSeconds() * 60;
        System.out.printf("parse + check: %,.0f lines/min by wall clock, %,.0f on one core (CPU + GC time);"
                + " target 1,000,000: %s%n", wallPerMinute, oneCorePerMinute, oneCorePerMinute > 1_000_000 ? "met" : "NOT met");
    }
}
