package io.copydeck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.copydeck.compiler.BuildPipeline;
import io.copydeck.compiler.Lockfile;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.plan.Plan;
import io.copydeck.templates.Prompt;
import io.copydeck.templates.PromptRenderer;
import io.copydeck.templates.Prompts;
import io.copydeck.dsl.text.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `copydeck approve ASSET-ID[#variant]`: records the asset's current text in copydeck.lock, so
 * builds keep it whatever changes, until `--remove`.
 */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = "Approve built assets: their text is kept in copydeck.lock beside the spec.")
public final class ApproveCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "ASSET-ID[#variant]",
            description = "e.g. spring_launch/email.welcome/commuters/cold_brew/v2 or .../cold_brew#2")
    List<String> ids;

    @Option(names = "--spec", paramLabel = "FILE", description = "the spec (default: the one .campaign file here)")
    Path specFile;

    @Option(names = "--out", paramLabel = "DIR", description = "the build output to approve from (default: build/copydeck/<campaign>)")
    Path out;

    @Option(names = "--remove", description = "remove the approvals instead")
    boolean remove;

    @CommandLine.Mixin
    Console console;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        Path file = specFile != null ? specFile : onlySpecHere(err);
        if (file == null) return Main.USAGE;
        CheckResult checked = console.load(file);
        Path lockPath = Lockfile.beside(file);
        Lockfile lock = Lockfile.read(lockPath);
        Path outDir = this.out != null ? this.out : Path.of("build", "copydeck", checked.spec().campaign().id());
        Plan plan = Interpreter.plan(checked.spec());
        for (String raw : ids) {
            String id = normalise(raw);
            if (remove) {
                if (lock.get(id).isEmpty()) {
                    err.println("copydeck: " + Printable.line(id) + " is not approved");
                    return Main.ERRORS;
                }
                lock = lock.without(id);
                out.println("removed approval of " + id);
                continue;
            }
            List<Prompt> prompts;
            try (PromptRenderer renderer = new PromptRenderer(file.toAbsolutePath().getParent())) {
                Plan one = new Plan(plan.campaign(), plan.jobs().stream().filter(j -> j.assetId().equals(id)).toList());
                if (one.jobs().isEmpty()) {
                    err.println("copydeck: no asset " + Printable.line(id) + " in the plan; see `copydeck plan "
                            + Printable.line(file.toString()) + "`");
                    return Main.ERRORS;
                }
                Prompts rendered = renderer.render(one, checked.spec());
                prompts = rendered.prompts();
            }
            Map<String, String> fields = builtFields(outDir, id, err);
            if (fields == null) return Main.ERRORS;
            lock = lock.with(id, new Lockfile.Approval(fields, BuildPipeline.promptsHash(prompts),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
            out.println("approved " + id);
        }
        lock.write(lockPath);
        out.println("wrote " + lockPath);
        out.flush();
        return Main.OK;
    }

    /** `…/cold_brew#2` is `…/cold_brew/v2`. */
    static String normalise(String id) {
        int hash = id.lastIndexOf('#');
        return hash < 0 ? id : id.substring(0, hash) + "/v" + id.substring(hash + 1);
    }

    private static Map<String, String> builtFields(Path outDir, String id, PrintWriter err) throws IOException {
        Path json = outDir.resolve("assets").resolve(id.replace("/", "__") + ".json");
        if (!Files.exists(json)) {
            err.println("copydeck: " + id + " has not been built into " + outDir + "; run `copydeck build` first");
            return null;
        }
        JsonNode asset = new ObjectMapper().readTree(json.toFile());
        if ("failed".equals(asset.path("status").asText())) {
            err.println("copydeck: " + id + " failed to build; there is no text to approve");
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        asset.path("fields").fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
        return fields;
    }

    private static Path onlySpecHere(PrintWriter err) throws IOException {
        try (var files = Files.list(Path.of("."))) {
            List<Path> specs = files.filter(p -> p.toString().endsWith(".campaign")).toList();
            if (specs.size() == 1) return specs.get(0);
            err.println("copydeck: pass --spec FILE: " + (specs.isEmpty() ? "no" : specs.size())
                    + " .campaign files in this folder");
            return null;
        }
    }
}
