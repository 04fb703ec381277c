package io.copydeck.compiler;

import io.copydeck.dsl.plan.Job;
import io.copydeck.dsl.plan.Plan;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The channels a `--regenerate` pattern names: a glob over channel ids as job ids spell them
 * (`email.welcome`, `sms`, `email.*`). The `kind.name` form (`sms.sms`), which the copy deck and the
 * Eclipse preview group assets by, names the same channel. See {@link JobGlob} for the syntax.
 */
public final class ChannelPattern {
    private ChannelPattern() {}

    /** The plan's channels that the glob matches, in plan order; empty when none does. */
    public static Set<String> matching(Plan plan, String glob) {
        return matching(plan, JobGlob.parse(glob));
    }

    public static Set<String> matching(Plan plan, JobGlob matcher) {
        Set<String> out = new LinkedHashSet<>();
        for (Job j : plan.jobs()) {
            String id = Takes.channel(j);
            // `sms.sms` names the channel `sms` too: a user may spell the kind out.
            String spelledOut = j.kind() + "." + j.channelId().name();
            if (matcher.matches(id) || matcher.matches(spelledOut)) out.add(id);
        }
        return out;
    }

    /** Every channel of the plan, for a message that says what there is to choose from. */
    public static Set<String> all(Plan plan) {
        return matching(plan, "*");
    }
}
