package io.copydeck.compiler;

import io.copydeck.dsl.plan.Job;
import io.copydeck.dsl.plan.Plan;
import io.copydeck.dsl.plan.Seeds;

/**
 * A channel's take: how many times `copydeck build --regenerate` asked for fresh copy for it, kept in
 * copydeck.lock. The take enters the seeds of the channel's jobs. Take 0 is the plan's own seed, so a
 * channel never regenerated keeps its seeds and cached completions; take N seeds each job with the
 * first 8 bytes of SHA-256 over the plan's seed and N. New seeds miss the cache, so the model writes
 * new candidates; and since the take is in the lock file, every later build writes that text again.
 */
public final class Takes {
    private Takes() {}

    /** The channel a job belongs to, as job ids name it: `email.welcome`, or `sms` where name and kind agree. */
    public static String channel(Job job) {
        return job.channelId().toString();
    }

    /** The seed of a job in the given take. */
    public static long seed(long planSeed, int take) {
        if (take == 0) return planSeed;
        return Seeds.of(planSeed + "#take" + take);
    }

    /** The plan with each job seeded for its channel's take; jobs of approved assets keep the plan's seed. */
    static Plan seeded(Plan plan, Lockfile lock) {
        return new Plan(plan.campaign(), plan.jobs().stream()
                .map(j -> lock.get(j.assetId()).isPresent() ? j : j.withSeed(seed(j.seed(), lock.take(channel(j)))))
                .toList());
    }
}
