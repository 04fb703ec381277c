package io.copydeck.dsl.brief;

import java.util.List;

/**
 * One field of one asset: `spring_launch/email.welcome/commuters/cold_brew/v2/subject`. The asset
 * is the same without its field. Printed and parsed here only.
 */
public record JobId(String campaign, ChannelId channel, String audience, String offering, int variant, String field) {
    public JobId {
        if (variant < 1) throw new IllegalArgumentException("variants count from 1: " + variant);
    }

    /** The asset's id: `spring_launch/email.welcome/commuters/cold_brew/v2`. */
    public String assetId() {
        return String.join("/", campaign, channel.toString(), audience, offering, "v" + variant);
    }

    /** The same field of another variant's asset: what variants are compared by. */
    public JobId withVariant(int v) {
        return new JobId(campaign, channel, audience, offering, v, field);
    }

    /** The id less its variant: the key under which a field's variants are told apart. */
    public String variantsKey() {
        return String.join("/", campaign, channel.toString(), audience, offering, field);
    }

    /** Parses an id as printed; null when the text is not one. */
    public static JobId parse(String text) {
        List<String> parts = List.of(text.split("/", -1));
        if (parts.size() != 6 || !parts.get(4).matches("v[1-9]\\d{0,8}")) return null;
        if (parts.stream().anyMatch(String::isEmpty)) return null;
        try {
            return new JobId(parts.get(0), ChannelId.parse(parts.get(1)), parts.get(2), parts.get(3),
                    Integer.parseInt(parts.get(4).substring(1)), parts.get(5));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return assetId() + "/" + field;
    }
}
