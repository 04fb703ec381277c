package io.copydeck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.copydeck.compiler.ApprovalCheck;
import io.copydeck.compiler.BuildPipeline;
import io.copydeck.compiler.Gpt2ModelHandle;
import io.copydeck.compiler.Lockfile;
import io.copydeck.compiler.LockfileException;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.plan.Plan;
import io.copydeck.dsl.text.Printable;
import io.copydeck.templates.Prompt;
import io.copydeck.templates.PromptRenderer;
import io.copydeck.models.ModelException;
import io.copydeck.models.tokenizer.Gpt2Tokenizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `copydeck approve ASSET-ID[#variant]`: records the asset's current text in copydeck.lock, so
 * builds keep it whatever changes, until `--remove`. Text that breaks a rule its build checks is
 * refused, naming the rule, unless `--force`. The lock is changed under its file lock, merged with
 * what other commands wrote meanwhile (see {@link Lockfile#update}).
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

    @Option(names = "--force", description = "approve text that breaks a rule its build checks (say which, and keep it)")
    boolean force;

    @Option(names = "--model", paramLabel = "DIR",
            description = "the model whose tokenizer counts `N tokens` limits, as `build` finds it (default: "
                    + "$COPYDECK_MODEL, else the shipped models/default, else the bundled GPT-2 tokenizer)")
    Path model;

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
        Map<String, Lockfile.Approval> approvals = new LinkedHashMap<>();
        List<String> removals = new ArrayList<>();
        try {
            // Read first, so that a damaged lock is said before anything else is done.
            Lockfile lock = Lockfile.read(lockPath);
            Path outDir = this.out != null ? this.out : Path.of("build", "copydeck", checked.spec().campaign().id());
            Plan plan = Interpreter.plan(checked.spec());
            for (String raw : ids) {
                String id = normalise(raw);
                if (remove) {
                    if (lock.get(id).isEmpty()) {
                        say(err, "copydeck: " + id + " is not approved");
                        return Main.ERRORS;
                    }
                    removals.add(id);
                    continue;
                }
                Lockfile.Approval approval = approval(file, checked, plan, outDir, id, err);
                if (approval == null) return Main.ERRORS;
                approvals.put(id, approval);
            }
            // Merged into the lock as it is when this command holds it: other approvals, and a build's
            // takes, written since the read above stay.
            Lockfile.update(lockPath, current -> {
                Lockfile changed = current.withApprovals(approvals);
                for (String id : removals) changed = changed.without(id);
                return changed;
            });
        } catch (LockfileException | ModelException e) {
            say(err, "copydeck: error: " + e.getMessage());
            return Main.USAGE;
        }
        removals.forEach(id -> out.println("removed approval of " + id));
        approvals.keySet().forEach(id -> out.println("approved " + id));
        out.println("wrote " + lockPath);
        out.flush();
        return Main.OK;
    }

    /** The asset's built text as an approval, or null after saying why it cannot be approved. */
    private Lockfile.Approval approval(Path file, CheckResult checked, Plan plan, Path outDir, String id,
                                       PrintWriter err) throws Exception {
        Plan one = new Plan(plan.campaign(), plan.jobs().stream().filter(j -> j.assetId().equals(id)).toList());
        if (one.jobs().isEmpty()) {
            say(err, "copydeck: no asset " + id + " in the plan; see `copydeck plan " + file + "`");
            return null;
        }
        List<Prompt> prompts;
        try (PromptRenderer renderer = new PromptRenderer(file.toAbsolutePath().getParent())) {
            prompts = renderer.render(one, checked.spec()).prompts();
        }
        Path json = outDir.resolve("assets").resolve(id.replace("/", "__") + ".json");
        Map<String, String> fields = builtFields(json, id, outDir, err);
        if (fields == null) return null;
        List<String> broken;
        try (ApprovalCheck rules = new ApprovalCheck(file.toAbsolutePath().getParent(), tokens)) {
            broken = rules.broken(id, one.jobs(), fields);
        }
        if (!broken.isEmpty()) {
            String list = "\n  " + String.join("\n  ", broken);
            if (!force) {
                say(err, "copydeck: error: " + id + " (" + json + ") breaks rules its build checks:" + list
                        + "\nfix the text (or rebuild) and approve again, or pass --force to approve it as it is");
                return null;
            }
            say(err, "copydeck: warning: " + id + " is approved with --force although it breaks:" + list);
        }
        return new Lockfile.Approval(fields, BuildPipeline.promptsHash(prompts),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** Tokens as the build counts them: the model's tokenizer, loaded once and only if some limit is in tokens. */
    private final ToIntFunction<String> tokens = new ToIntFunction<>() {
        private ToIntFunction<String> counter;

        @Override
        public int applyAsInt(String text) {
            if (counter == null) {
                Path dir = ModelLocation.resolve(model);
                if (dir != null) {
                    counter = new Gpt2ModelHandle(dir, "cpu", 1)::countTokens;
                } else {
                    Gpt2Tokenizer bundled = Gpt2Tokenizer.bundled();
                    counter = t -> bundled.encode(t).length;
                }
            }
            return counter.applyAsInt(text);
        }
    };

    /** `…/cold_brew#2` is `…/cold_brew/v2`. */
    static String normalise(String id) {
        int hash = id.lastIndexOf('#');
        return hash < 0 ? id : id.substring(0, hash) + "/v" + id.substring(hash + 1);
    }

    private static Map<String, String> builtFields(Path json, String id, Path outDir, PrintWriter err) throws IOException {
        if (!Files.isRegularFile(json)) {
            say(err, "copydeck: " + id + " has not been built into " + outDir + "; run `copydeck build` first");
            return null;
        }
        JsonNode asset;
        try {
            asset = new ObjectMapper().readTree(json.toFile());
        } catch (JsonProcessingException e) {
            say(err, "copydeck: error: " + json + " is not valid asset JSON (" + e.getOriginalMessage().lines().findFirst()
                    .orElse("unreadable") + "); fix it or run `copydeck build` again");
            return null;
        }
        if (asset == null || !asset.path("fields").isObject()) {
            say(err, "copydeck: error: " + json + " has no \"fields\" object; fix it or run `copydeck build` again");
            return null;
        }
        if ("failed".equals(asset.path("status").asText())) {
            say(err, "copydeck: " + id + " failed to build; there is no text to approve");
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
            say(err, "copydeck: pass --spec FILE: " + (specs.isEmpty() ? "no" : specs.size())
                    + " .campaign files in this folder");
            return null;
        }
    }

    /** A message on err: it echoes ids, paths and an asset's text, so control characters are escaped (line feeds kept). */
    private static void say(PrintWriter err, String message) {
        err.println(Printable.escape(message));
    }
}
