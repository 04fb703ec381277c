package io.copydeck.compiler;

import io.copydeck.compiler.rules.CopyRules;
import io.copydeck.compiler.rules.Facts;
import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.brief.JobId;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.plan.Interpreter;
import io.copydeck.dsl.plan.Job;
import io.copydeck.dsl.plan.Plan;
import io.copydeck.dsl.text.TextMeasure;
import io.copydeck.templates.LayoutRenderer;
import io.copydeck.templates.Prompt;
import io.copydeck.templates.PromptRenderer;
import io.copydeck.templates.Prompts;
import io.copydeck.templates.TemplateEngine;
import io.copydeck.templates.TemplateFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The build, as named stages: plan → prompts → batched generation (through the cache) →
 * field selection → asset assembly and verification → outputs. One asset failing never loses
 * the others; completions are cached as they arrive, so an interrupted build resumes.
 */
public final class BuildPipeline {
    /**
     * How to build. {@code candidates} per field and round (half, at least one, for a part of a long
     * text: see {@link Generation#candidatesFor}); a field none of whose candidates meets
     * its rules gets another round of fresh ones, up to {@code rounds}; {@code batch} rows decoded together.
     * {@code regenerate}: channels (ids as in job ids, see {@link ChannelPattern}) whose take to count up,
     * so that their assets get fresh copy (see {@link Takes}). {@code force}: take over files in
     * {@code out} that no build wrote (see {@link OutputFolder}).
     */
    public record Options(Path out, Path cacheDir, int candidates, int rounds, int batch, Set<String> regenerate,
                          boolean force) {
        public Options {
            regenerate = Set.copyOf(regenerate);
        }

        /** A build that takes over nothing. */
        public Options(Path out, Path cacheDir, int candidates, int rounds, int batch, Set<String> regenerate) {
            this(out, cacheDir, candidates, rounds, batch, regenerate, false);
        }

        /** A plain build: no channel regenerated. */
        public Options(Path out, Path cacheDir, int candidates, int rounds, int batch) {
            this(out, cacheDir, candidates, rounds, batch, Set.of());
        }
    }

    /** What a build did: its assets, and the figures a user (and a benchmark) wants. */
    public record Result(List<Asset> assets, List<Diagnostic> diagnostics, int completions, int cacheHits,
                         int modelCalls, int tokensGenerated, long generationMillis, String model) {
        public long failed() {
            return assets.stream().filter(a -> a.status() == AssetStatus.FAILED).count();
        }

        public boolean hasTemplateErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private final ModelHandle model;
    private final BuildProgress progress;

    public BuildPipeline(ModelHandle model, BuildProgress progress) {
        this.model = model;
        this.progress = progress;
    }

    /**
     * @throws OutputFolderException before any generation when the output folder is refused (and again,
     *         before writing, should it have changed since)
     */
    public Result build(CheckResult checked, Path specFile, Options options) throws IOException {
        Path specDir = specFile.toAbsolutePath().getParent();
        // Checked first, so that a folder the build may not write costs no generation.
        OutputFolder.open(options.out(), specDir, options.force());
        Path lockPath = Lockfile.beside(specFile);
        Lockfile lock = nextTakes(Lockfile.read(lockPath), options.regenerate());
        // Seeded once, before the prompts are rendered: prompts, selection and provenance all see the
        // seed of the channel's take. Approved assets are not generated: their seeds stay as they were.
        Plan unseeded = Interpreter.plan(checked.spec());
        Plan plan = Takes.seeded(unseeded, lock);
        try (TemplateEngine engine = new TemplateEngine(specDir)) {
            Prompts prompts = new PromptRenderer(engine).render(plan, checked.spec());
            if (prompts.hasErrors()) {
                return new Result(List.of(), prompts.diagnostics(), 0, 0, 0, 0, 0, model.name());
            }
            Map<String, List<Prompt>> byAsset = new LinkedHashMap<>();
            Map<String, List<Job>> jobsByAsset = new LinkedHashMap<>();
            for (Job j : plan.jobs()) jobsByAsset.computeIfAbsent(j.assetId(), k -> new ArrayList<>()).add(j);
            jobsByAsset.keySet().forEach(id -> byAsset.put(id, new ArrayList<>()));
            for (Prompt p : prompts.prompts()) byAsset.get(p.job().assetId()).add(p);

            // Generation: every candidate of every field not approved, through the cache.
            List<Prompt> toGenerate = new ArrayList<>();
            byAsset.forEach((id, ps) -> {
                if (lock.get(id).isEmpty()) toGenerate.addAll(ps);
            });
            Generation generation = new Generation(model, new GenerationCache(options.cacheDir()), progress,
                    options.candidates(), options.batch());
            TextMeasure measure = new TextMeasure(generation::countTokens);
            CopyRules rules = new CopyRules(measure);
            FieldSelector selector = new FieldSelector(rules, model.sentences());
            // Each field's selection, made after the round that gave it its last candidates.
            Map<JobId, FieldSelector.Selection> selections = new LinkedHashMap<>();
            Map<JobId, List<RawCompletion>> candidates = new LinkedHashMap<>();
            // Each asset's facts, built once: every round selects every field again.
            Map<Brief, Facts> facts = new HashMap<>();
            toGenerate.forEach(p -> facts.computeIfAbsent(p.job().brief(), Facts::of));
            // A prompt the model cannot read whole fails its field with the reason, not the build.
            List<Prompt> overlong = toGenerate.stream().filter(p -> !fitsContext(p)).toList();
            overlong.forEach(p -> selections.put(p.job().id(), FieldSelector.Selection.failed(p.job().field().name(),
                    "its prompt is " + model.countTokens(p.text()) + " tokens, more than the model's "
                            + model.contextTokens() + "-token context leaves room for (" + ROOM_TO_WRITE
                            + " tokens to write); shorten the brief's longest texts or use a model with a longer "
                            + "context (--model)")));
            toGenerate.removeAll(overlong);
            try {
                List<Prompt> pending = toGenerate;
                Set<JobId> rescued = Set.of();
                for (int round = 0; round < 2 * options.rounds() && !pending.isEmpty(); round++) {
                    generation.run(pending, round, rescued).forEach((job, list) ->
                            candidates.computeIfAbsent(job, k -> new ArrayList<>()).addAll(list));
                    selectAcrossVariants(selector, toGenerate, candidates, facts, selections);
                    // Another round for fields with no valid candidate, only one cut mid-sentence to fit,
                    // or only the text an earlier variant already took; after `rounds` rounds, rescue
                    // rounds (as many again) for fields with no valid candidate at all, since those
                    // would fail the asset, each with the full count of candidates; and for those that
                    // still say an earlier variant's sentence, with their usual count: their asset ships
                    // either way, but variants must not share a sentence, and few fields are left by then
                    // (measured, 14 English panel specs: shared 5 -> 3 for 9 completions of 554).
                    boolean rescue = round + 1 >= options.rounds();
                    pending = toGenerate.stream().filter(p -> {
                        FieldSelector.Selection s = selections.get(p.job().id());
                        return rescue ? !s.ok() || s.echoes() : !s.settled();
                    }).toList();
                    // Only a field that has nothing yet gets the full count: see Generation.candidatesFor.
                    rescued = !rescue ? Set.of() : pending.stream().filter(p -> !selections.get(p.job().id()).ok())
                            .map(p -> p.job().id()).collect(java.util.stream.Collectors.toSet());
                }
            } finally {
                generation.close();
            }

            // Approvals that landed while the model wrote (`copydeck approve` meanwhile) are kept: the lock is
            // read again before assembly. A regenerating build holds it from that read until its takes are
            // written, so that an approval landing in between is neither missed nor written over.
            List<Asset> assets = new ArrayList<>();
            try (Lockfile.Held held = options.regenerate().isEmpty() ? null : Lockfile.hold(lockPath)) {
                Lockfile now = held != null ? held.current() : Lockfile.read(lockPath);
                // Assets approved when the build began were not generated: they keep that text even if the
                // approval was removed meanwhile (the next build generates them).
                Lockfile kept = lock.withApprovals(now.all());
                AssetAssembler assembler = new AssetAssembler(new LayoutRenderer(engine), rules);
                Map<String, List<Job>> unseededJobs = new LinkedHashMap<>();
                for (Job j : unseeded.jobs()) unseededJobs.computeIfAbsent(j.assetId(), k -> new ArrayList<>()).add(j);
                for (Map.Entry<String, List<Prompt>> e : byAsset.entrySet()) {
                    String id = e.getKey();
                    // An asset approved mid-build has its seeds as an approved one has them in every later build.
                    List<Job> jobs = kept.get(id).isPresent() ? unseededJobs.get(id) : jobsByAsset.get(id);
                    Asset asset = buildAsset(id, jobs, e.getValue(), kept, selections, assembler);
                    assets.add(asset.withTemplates(templateChecksums(engine, e.getValue(), asset)));
                }
                // Every asset is written, a failed one too (its JSON with status `failed` and its findings, no
                // rendered files): the manifest and the copy deck never hide one.
                String title = checked.spec().campaign().title();
                new OutputWriter(options.out(), specDir, options.force(), engine).write(new BuildInfo(plan.campaign(),
                        title, specFile.getFileName().toString(), BuildInfo.GENERATOR, generation.modelChecksum()), assets);
                // The new takes are kept once their text is written, so an interrupted build never records one;
                // merged into the lock as it is now, approvals made or removed meanwhile included.
                if (held != null) held.write(withTakesOf(now, lock, options.regenerate()));
            }
            return new Result(assets, prompts.diagnostics(), generation.completions(), generation.cacheHits(),
                    generation.modelCalls(), generation.tokensGenerated(), generation.millis(), model.name());
        }
    }

    /** Tokens a field needs at the least, after its prompt, to be worth generating. */
    static final int ROOM_TO_WRITE = 8;

    private boolean fitsContext(Prompt p) {
        return model.countTokens(p.text()) + ROOM_TO_WRITE <= model.contextTokens();
    }

    /** {@code into} with the takes {@code from} has for {@code channels}. */
    private static Lockfile withTakesOf(Lockfile into, Lockfile from, Set<String> channels) {
        for (String channel : channels) into = into.withTake(channel, from.take(channel));
        return into;
    }

    /** The lock with each regenerated channel's take counted up. */
    private static Lockfile nextTakes(Lockfile lock, Set<String> channels) {
        for (String channel : channels) lock = lock.withTake(channel, lock.take(channel) + 1);
        return lock;
    }

    private static Asset buildAsset(String id, List<Job> jobs, List<Prompt> prompts, Lockfile lock,
                                    Map<JobId, FieldSelector.Selection> selections, AssetAssembler assembler) {
        var approval = lock.get(id);
        if (approval.isPresent()) {
            String note = approval.get().prompts().equals(promptsHash(prompts)) ? "approved"
                    : "approved text kept: prompts, templates or facts changed since approval";
            return assembler.assemble(id, jobs, approval.get().fields(), AssetStatus.APPROVED, note);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Job job : jobs) {
            // A field the spec declares (the channel's `cta`, a landing page's FAQ) is its text, verbatim.
            if (job.field().isDeclared()) {
                fields.put(job.field().name(), job.field().declared());
                continue;
            }
            FieldSelector.Selection s = selections.get(job.id());
            if (!s.ok()) return AssetAssembler.failed(id, jobs, "field `" + where(job) + "`: " + s.failure());
            // A long field's parts, in plan order, a blank line apart: the layout tells them apart.
            fields.merge(job.field().name(), s.text(), (before, part) -> before + PART_BREAK + part);
        }
        return assembler.assemble(id, jobs, fields, AssetStatus.GENERATED, null);
    }

    /**
     * Selects every field, variant after variant, so that v2 does not repeat v1's text or sentences when it has
     * a fresh one: variants exist to be compared, and three identical ones compare nothing. The field's
     * variants are the same job id but for the variant, all in one channel, so editing another channel never
     * changes this one's selection. Twice: the second time, each variant also sees what the later ones chose,
     * so that a sentence a later variant could not do without (its paragraph too short without it) goes from
     * the earlier one where that one can spare it, instead of costing the later one another round.
     */
    private static void selectAcrossVariants(FieldSelector selector, List<Prompt> prompts,
                                             Map<JobId, List<RawCompletion>> candidates,
                                             Map<Brief, Facts> facts,
                                             Map<JobId, FieldSelector.Selection> selections) {
        Map<String, List<Prompt>> byField = new LinkedHashMap<>();
        prompts.stream().sorted(Comparator.comparingInt(p -> p.job().variant()))
                .forEach(p -> byField.computeIfAbsent(wholeFieldKey(p.job()), k -> new ArrayList<>()).add(p));
        for (int pass = 0; pass < SELECTION_PASSES; pass++) {
            for (List<Prompt> field : byField.values()) {
                for (Prompt p : field) {
                    selections.put(p.job().id(), selector.select(p.job().field(), candidates.get(p.job().id()),
                            facts.get(p.job().brief()), othersOf(p, field, selections), partFloor(p, field, selections)));
                }
            }
        }
    }

    /** The fewest words {@code p} may give up another variant's sentences to, after its text's earlier parts. */
    private static int partFloor(Prompt p, List<Prompt> field, Map<JobId, FieldSelector.Selection> selections) {
        if (!p.job().field().isPart()) return p.job().field().minWords();
        List<FieldSpec> parts = new ArrayList<>();
        List<String> earlier = new ArrayList<>();
        int index = -1;
        for (Prompt q : field) {
            if (q.job().variant() != p.job().variant()) continue;
            if (q == p) index = parts.size();
            parts.add(q.job().field());
            FieldSelector.Selection s = selections.get(q.job().id());
            if (index < 0) earlier.add(s == null || !s.ok() ? "" : s.text());
        }
        return PartFloor.of(parts, index, earlier);
    }

    /** Selection passes a round: see {@link #selectAcrossVariants}. */
    static final int SELECTION_PASSES = 2;

    /**
     * What the other texts of {@code p}'s field chose so far: earlier and later variants' (their text of this
     * part, their sentences of every part) and the sentences of this text's earlier parts. {@code field} is the
     * field's prompts, variant after variant, each variant's parts in plan order.
     */
    private static FieldSelector.Others othersOf(Prompt p, List<Prompt> field, Map<JobId, FieldSelector.Selection> selections) {
        Set<String> earlierTexts = new HashSet<>();
        Set<String> earlierSentences = new HashSet<>();
        Set<String> laterTexts = new HashSet<>();
        Set<String> laterSentences = new HashSet<>();
        Set<String> inText = new HashSet<>();
        boolean before = true; // whether q comes before p in its own text
        for (Prompt q : field) {
            if (q == p) {
                before = false;
                continue;
            }
            FieldSelector.Selection s = selections.get(q.job().id());
            if (s == null || !s.ok()) continue;
            int variant = q.job().variant();
            Set<String> sentences = FieldSelector.sentences(s.text());
            boolean samePart = q.job().id().variantsKey().equals(p.job().id().variantsKey());
            if (variant == p.job().variant()) {
                if (before) inText.addAll(sentences);
            } else if (variant < p.job().variant()) {
                earlierSentences.addAll(sentences);
                if (samePart) earlierTexts.add(FieldSelector.sameness(s.text()));
            } else {
                laterSentences.addAll(sentences);
                if (samePart) laterTexts.add(FieldSelector.sameness(s.text()));
            }
        }
        // A sentence this text said already is dropped as its own repeat, not counted again as another's.
        earlierSentences.removeAll(inText);
        laterSentences.removeAll(inText);
        return new FieldSelector.Others(new FieldSelector.Chosen(earlierTexts, earlierSentences),
                new FieldSelector.Chosen(laterTexts, laterSentences), inText);
    }

    /** A field across its variants and parts: the id less its variant and part. */
    private static String wholeFieldKey(Job job) {
        JobId id = job.id();
        return String.join("/", id.campaign(), id.channel().toString(), id.audience(), id.offering(), job.field().name());
    }

    /** The prompts' and layouts' template checksums, for provenance. */
    private static Map<String, String> templateChecksums(TemplateEngine engine, List<Prompt> prompts, Asset asset) {
        Map<String, String> sums = new LinkedHashMap<>();
        prompts.forEach(p -> sums.put(p.template(), p.templateChecksum()));
        for (var f : asset.files()) {
            try {
                sums.put(f.template(), engine.checksum(f.template()));
            } catch (TemplateFailure e) {
                sums.put(f.template(), "unreadable");
            }
        }
        return sums;
    }

    /** What separates the parts of a long field (dsl/plan/LongForm) in its text. */
    static final String PART_BREAK = "\n\n";

    /** `body` for a field, `body (pains)` for a part of one. */
    private static String where(Job job) {
        return job.field().isPart() ? job.field().name() + " (" + job.field().part().name() + ")" : job.field().name();
    }

    /** One hash of an asset's prompts: an approval remembers it, to say when the prompts changed since. */
    public static String promptsHash(List<Prompt> prompts) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (Prompt p : prompts) d.update((p.job().field().name() + "\u0000" + p.text() + "\u0000").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
