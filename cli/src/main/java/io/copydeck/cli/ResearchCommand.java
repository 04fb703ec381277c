package io.copydeck.cli;

import io.copydeck.compiler.OutputFolderException;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.text.Printable;
import io.copydeck.research.DeclaredPhrases;
import io.copydeck.research.Finding;
import io.copydeck.research.Research;
import io.copydeck.research.ResearchEvaluation;
import io.copydeck.research.ResearchJson;
import io.copydeck.research.ResearchOutput;
import io.copydeck.research.ResearchReport;
import io.copydeck.research.ResearchResult;
import io.copydeck.research.ReviewFileException;
import io.copydeck.research.SpecComparison;
import io.copydeck.research.SpecSuggestion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `copydeck research REVIEWS...`: what customers say in reviews (docs/research.md), written as research.json
 * and report.html; with --spec, against the spec's audience and benefits, and with --suggest, the additions as
 * a spec edit in a new file.
 */
@Command(name = "research", mixinStandardHelpOptions = true,
        description = "Read reviews (CSV with a text column, or JSON lines) and find pains, praise, motivations, "
                + "objections, aspects by sentiment, the customers' words, a trend by month and per product; write "
                + "research.json and report.html (docs/research.md).%n"
                + "Exit code: 0 done, 1 errors in the spec, 2 usage or I/O problem (a file that cannot be read).")
public final class ResearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "REVIEWS", arity = "1..*", description = "review files: .csv (a header row with a text "
            + "column; id, date, rating, product, source optional) or .jsonl (one object with a \"text\" per line)")
    List<Path> reviews;

    @Option(names = "--spec", paramLabel = "FILE", description = "compare with this .campaign spec: its audience's pains "
            + "and motivations, its benefits")
    Path spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "build/copydeck-research",
            description = "where research.json and report.html go (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--format", defaultValue = "table", description = "what to print: table (a summary) or json "
            + "(research.json) (default: ${DEFAULT-VALUE})")
    PlanCommand.Format format;

    @Option(names = "--suggest", description = "with --spec: write the pains and motivations the spec lacks as a spec "
            + "edit, DIR/<spec>.suggested.campaign (the spec itself is never changed)")
    boolean suggest;

    @Option(names = "--labels", paramLabel = "FILE", description = "measure the findings against hand labels "
            + "(examples/research/labels.csv) and print precision, recall and aspect-sentiment accuracy per file")
    Path labels;

    @Option(names = "--themes", paramLabel = "FILE", description = "with --labels: the synonyms a finding may carry "
            + "to cover a labelled theme (default: themes.tsv beside the labels, when there is one)")
    Path themes;

    @CommandLine.Mixin
    Console console;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = console.err();
        if (suggest && spec == null) {
            err.println("copydeck research: --suggest needs --spec FILE: the spec whose additions to write");
            return Main.USAGE;
        }
        CheckResult checked = spec == null ? null : console.load(spec);
        Research research = new Research();
        if (labels != null) return evaluate(research, err);
        DeclaredPhrases declared = checked == null ? null : research.declared(spec.toString(), checked.spec());
        ResearchOutput output;
        try {
            output = ResearchOutput.open(out, spec == null ? null : spec.toAbsolutePath().getParent());
        } catch (OutputFolderException e) {
            err.println("copydeck research: error: " + Printable.line(e.withFix("--out", null)));
            return Main.USAGE;
        }
        ResearchResult result;
        long started = System.nanoTime();
        try (ResearchProgress progress = new ResearchProgress(err, System.console() != null)) {
            result = research.run(reviews, declared, progress);
        } catch (ReviewFileException e) {
            err.println("copydeck research: error: " + Printable.line(e.getMessage()));
            return Main.USAGE;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String title = "What customers say: " + String.join(", ", reviews.stream().map(p -> p.getFileName().toString()).toList());
        byte[] json = ResearchJson.bytes(result);
        output.add(ResearchOutput.JSON, json).add(ResearchOutput.REPORT, ResearchReport.bytes(result, title));
        String suggestedName = null;
        if (suggest) {
            String original = Files.readString(spec, StandardCharsets.UTF_8);
            String suggested = SpecSuggestion.suggest(original, spec, checked.spec(), result.againstSpec(), result.analysed());
            if (suggested == null) {
                err.println("copydeck research: the reviews add no frequent pain or motivation to " + Printable.line(spec.toString())
                        + "; nothing to suggest");
            } else {
                suggestedName = suggestedName(spec);
                output.add(suggestedName, suggested.getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            output.write();
        } catch (ResearchOutput.ResearchOutputException e) {
            err.println("copydeck research: error: " + Printable.line(e.getMessage()));
            return Main.USAGE;
        }
        PrintWriter o = console.out();
        if (format == PlanCommand.Format.json) {
            o.print(new String(json, StandardCharsets.UTF_8));
            o.println();
        } else {
            o.print(summary(result, seconds));
        }
        o.flush();
        err.println("wrote " + Printable.line(out.resolve(ResearchOutput.JSON).toString()) + " and "
                + Printable.line(out.resolve(ResearchOutput.REPORT).toString())
                + (suggestedName == null ? "" : " and " + Printable.line(out.resolve(suggestedName).toString())
                + " (run `copydeck check` on it, then merge what you want into your spec)"));
        err.flush();
        return Main.OK;
    }

    private Integer evaluate(Research research, PrintWriter err) throws IOException {
        Path themesFile = themes != null ? themes : labels.toAbsolutePath().getParent().resolve("themes.tsv");
        try {
            console.out().print(ResearchEvaluation.table(research, reviews, labels, themesFile));
        } catch (ReviewFileException e) {
            err.println("copydeck research: error: " + Printable.line(e.getMessage()));
            return Main.USAGE;
        }
        console.out().flush();
        return Main.OK;
    }

    static String suggestedName(Path spec) {
        String name = spec.getFileName().toString();
        String base = name.endsWith(".campaign") ? name.substring(0, name.length() - ".campaign".length()) : name;
        return base + ".suggested.campaign";
    }

    private static String summary(ResearchResult r, double seconds) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%d reviews read, %d analysed, %d near-duplicates, %d not analysed (language), "
                + "%d rows skipped; %.0f reviews/s%n", r.read(), r.analysed(), r.duplicates(), r.notAnalysed(), r.skippedCount(),
                r.read() / Math.max(1e-9, seconds)));
        section(s, "pains", r.pains());
        section(s, "praise", r.praise());
        section(s, "motivations", r.motivations());
        section(s, "objections", r.objections());
        SpecComparison c = r.againstSpec();
        if (c != null) {
            s.append("against ").append(Printable.line(c.spec())).append(":\n");
            for (SpecComparison.Declared d : c.pains()) s.append("  pain ").append(Printable.line(d.text())).append(": ").append(d.count()).append(" reviews\n");
            for (SpecComparison.Declared d : c.motivations()) s.append("  motivation ").append(Printable.line(d.text())).append(": ").append(d.count()).append(" reviews\n");
            for (SpecComparison.Declared d : c.unmentionedBenefits()) s.append("  benefit nobody mentions: ").append(Printable.line(d.text())).append('\n');
            for (Finding f : c.missingPains()) s.append("  missing pain: ").append(Printable.line(f.label())).append(" (").append(f.count()).append(" reviews)\n");
            for (Finding f : c.missingMotivations()) s.append("  missing motivation: ").append(Printable.line(f.label())).append(" (").append(f.count()).append(" reviews)\n");
        }
        for (var skipped : r.skipped().stream().limit(10).toList()) s.append("skipped ").append(Printable.line(skipped.toString())).append('\n');
        if (r.skippedCount() > 10) s.append("... ").append(r.skippedCount() - 10).append(" more skipped rows in research.json\n");
        return s.toString();
    }

    private static void section(StringBuilder s, String name, List<Finding> findings) {
        s.append(name).append(':');
        if (findings.isEmpty()) s.append(" none");
        for (Finding f : findings.stream().limit(5).toList()) {
            s.append(String.format(Locale.ROOT, " %s %d (%.0f%%);", Printable.line(f.label()), f.count(), f.share() * 100));
        }
        s.append('\n');
    }
}
