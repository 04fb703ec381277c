package io.copydeck.bench;

import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.syntax.Syntax;
import io.copydeck.dsl.syntax.SyntaxParser;
import io.copydeck.grammar.CampaignLexer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH view of the same stages as {@link FrontEndBench}: one operation is one whole spec of
 * {@code lines} lines, so lines per second = lines / (seconds per operation). The lexer
 * benchmark is the baseline to divide by on a noisy machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class FrontEndBenchmark {
    private static final Path FILE = Path.of("bench.campaign");

    @Param({"50000"})
    public int lines;

    private String text;

    @Setup
    public void generate() {
        text = SpecGenerator.generate(lines);
    }

    @Benchmark
    public List<? extends Token> lexOnlyBaseline() {
        return new CampaignLexer(CharStreams.fromString(text)).getAllTokens();
    }

    @Benchmark
    public Syntax.File parse() {
        return SyntaxParser.parse(new SourceFile(FILE, text));
    }

    @Benchmark
    public CheckResult parseAndCheck() {
        return Checker.checkText(FILE, text);
    }
}
