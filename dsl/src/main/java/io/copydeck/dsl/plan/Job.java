package io.copydeck.dsl.plan;

import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.brief.ChannelId;
import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.brief.JobId;

/**
 * One field of one asset to write: channel × audience × product-or-bundle × variant × field. The
 * {@link Brief} is the asset's (every field of it shares one); the {@link FieldSpec} is this field's.
 */
public record Job(JobId id, Brief brief, FieldSpec field, Decoding decoding, long seed) {

    /** The asset this field belongs to: the id without its field. */
    public String assetId() {
        return id.assetId();
    }

    public ChannelId channelId() {
        return id.channel();
    }

    /** The channel kind: `email`, `sms`, ... */
    public String kind() {
        return id.channel().kind();
    }

    public String audience() {
        return id.audience();
    }

    public String offering() {
        return id.offering();
    }

    public int variant() {
        return id.variant();
    }

    /** The same job with another seed (a regenerated channel's take). */
    public Job withSeed(long newSeed) {
        return new Job(id, brief, field, decoding, newSeed);
    }
}
