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
 * shared machine the absolute figure moves with the load; the ratios to the baselines move
 * much less, so compare those across runs.
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
        System.out.printf("spec: %,d lines, %,d chars; %d timed runs per stage, median shown; 1 thread%n",
                lineCount, text.length(), runs);

        Map<String, Supplier<?>> stages = new LinkedHashMap<>();
        stages.put("baseline: String.split lines", () -> text.split("\n", -1).length);
        stages.put("baseline: ANTLR lex only", () -> new CampaignLexer(CharStreams.fromString(text)).getAllTokens());
        stages.put("parse to syntax tree", () -> SyntaxParser.parse(new SourceFile(FILE, text)));
        stages.put("parse + check (Checker)", () -> Checker.checkText(FILE, text));

        Map<String, Double> seconds = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<?>> stage : stages.entrySet()) {
            seconds.put(stage.getKey(), Timing.medianSeconds(stage.getValue(), 5, runs));
        }
        double lex = seconds.get("baseline: ANTLR lex only");
        System.out.printf("%-32s %10s %14s %16s %12s%n", "stage", "ms", "lines/s", "lines/min", "x lex time");
        for (Map.Entry<String, Double> s : seconds.entrySet()) {
            double perSecond = lineCount / s.getValue();
            System.out.printf("%-32s %10.1f %,14.0f %,16.0f %12.2f%n", s.getKey(), s.getValue() * 1e3, perSecond,
                    perSecond * 60, s.getValue() / lex);
        }
        double check = lineCount / seconds.get("parse + check (Checker)") * 60;
        System.out.printf("parse + check: %,.0f lines/min (target 1,000,000): %s%n", check,
                check > 1_000_000 ? "met" : "NOT met");
    }
}
