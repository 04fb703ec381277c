package io.copydeck.dsl.brief;

import java.util.Objects;

/**
 * A channel as every output names it: `email.welcome`, or just `sms` where the channel's name is its
 * kind. Parsed and printed here only, so the plan, the copy deck, the lock file, Eclipse and Strapi
 * spell a channel the same way.
 */
public record ChannelId(String kind, String name) {
    public ChannelId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (kind.isEmpty() || name.isEmpty() || kind.contains(".") || kind.contains("/") || name.contains("/")) {
            throw new IllegalArgumentException("not a channel id: kind `" + kind + "`, name `" + name + "`");
        }
    }

    /** `email.welcome` → (email, welcome); `sms` → (sms, sms). */
    public static ChannelId parse(String text) {
        int dot = text.indexOf('.');
        return dot < 0 ? new ChannelId(text, text) : new ChannelId(text.substring(0, dot), text.substring(dot + 1));
    }

    @Override
    public String toString() {
        return name.equals(kind) ? kind : kind + "." + name;
    }
}
