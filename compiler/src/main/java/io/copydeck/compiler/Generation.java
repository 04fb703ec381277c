package io.copydeck.compiler;

import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.brief.JobId;
import io.copydeck.templates.Prompt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generation stage: for each prompt, each round, {@code candidates} completions with their own
 * seeds (fewer for a part of a long text: see {@link #candidatesFor}), taken
 * from the cache when present and otherwise from the model, in batches. Each batch's completions
 * are cached as soon as they exist. The model is loaded only if something misses.
 */
final class Generation {
    /** Spreads candidate seeds apart (the golden ratio in 64 bits), so candidate k never collides with another job's. */
    private static final long SEED_STEP = 0x9E3779B97F4A7C15L;

    private final ModelHandle handle;
    private final GenerationCache cache;
    private final BuildProgress progress;
    private final int candidates;
    private final int batch;
    private CompletionSource source;
    private int completions;
    private int cacheHits;
    private int modelCalls;
    private int tokensGenerated;
    private long millis;

    Generation(ModelHandle handle, GenerationCache cache, BuildProgress progress, int candidates, int batch) {
        this.handle = handle;
        this.cache = cache;
        this.progress = progress;
        this.candidates = candidates;
        this.batch = batch;
    }

    /**
     * Candidates a field gets in a round. A part of a long text (an email paragraph, a blog section, a
     * landing block) gets half, at least one: the plan already gave it its facts and its few sentences,
     * so a choice among candidates buys less than for a headline, while a part costs the most tokens.
     * In a rescue round, for a field with no valid candidate yet that would fail its asset, every field
     * gets the full count.
     */
    static int candidatesFor(FieldSpec field, int candidates, boolean rescue) {
        return field.isPart() && !rescue ? Math.max(1, candidates / 2) : candidates;
    }

    /**
     * Round {@code round}'s candidates of each prompt, by job id, in candidate order. Candidate k of round r
     * has seed index r × candidates + k, so seeds never repeat across rounds whatever each round's count.
     * {@code rescued}: the jobs this round rescues (see {@link #candidatesFor}).
     */
    Map<JobId, List<RawCompletion>> run(List<Prompt> prompts, int round, java.util.Set<JobId> rescued) {
        String checksum = handle.checksum();
        Map<JobId, List<RawCompletion>> byJob = new LinkedHashMap<>();
        List<CompletionRequest> missing = new ArrayList<>();
        List<String> missingKeys = new ArrayList<>();
        List<JobId> missingJobs = new ArrayList<>();
        List<Integer> missingSlots = new ArrayList<>();
        for (Prompt p : prompts) {
            List<RawCompletion> slots = new ArrayList<>();
            int first = round * candidates;
            for (int k = first; k < first + candidatesFor(p.job().field(), candidates, rescued.contains(p.job().id())); k++) {
                CompletionRequest r = new CompletionRequest(p.text(), p.job().decoding(), p.job().seed() + k * SEED_STEP,
                        p.job().field().avoid(), p.stop());
                String key = GenerationCache.key(r, checksum);
                completions++;
                var cached = cache.get(key);
                if (cached.isPresent()) {
                    cacheHits++;
                    slots.add(cached.get());
                } else {
                    slots.add(null);
                    missing.add(r);
                    missingKeys.add(key);
                    missingJobs.add(p.job().id());
                    missingSlots.add(k - first);
                }
            }
            byJob.put(p.job().id(), slots);
        }
        if (!missing.isEmpty()) generate(missing, missingKeys, missingJobs, missingSlots, byJob);
        return byJob;
    }

    private void generate(List<CompletionRequest> missing, List<String> keys, List<JobId> jobs, List<Integer> slots,
                          Map<JobId, List<RawCompletion>> byJob) {
        long start = System.nanoTime();
        if (source == null) source = handle.open(); // once per build, whatever the rounds
        progress.start(source.describe(), missing.size());
        try {
            for (int i = 0; i < missing.size(); i += batch) {
                int end = Math.min(missing.size(), i + batch);
                List<RawCompletion> done = source.complete(missing.subList(i, end));
                modelCalls++;
                int tokens = 0;
                for (int j = 0; j < done.size(); j++) {
                    RawCompletion c = done.get(j);
                    cache.put(keys.get(i + j), c);
                    byJob.get(jobs.get(i + j)).set(slots.get(i + j), c);
                    tokens += c.tokens();
                }
                tokensGenerated += tokens;
                progress.advance(done.size(), tokens);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generation cache: " + e.getMessage(), e);
        } finally {
            progress.close();
            millis += (System.nanoTime() - start) / 1_000_000; // summed over rounds
        }
    }

    int countTokens(String text) {
        return handle.countTokens(text);
    }

    String modelChecksum() { return handle.checksum(); }
    int completions() { return completions; }
    int cacheHits() { return cacheHits; }
    int modelCalls() { return modelCalls; }
    int tokensGenerated() { return tokensGenerated; }
    long millis() { return millis; }

    void close() {
        if (source != null) source.close();
    }
}
