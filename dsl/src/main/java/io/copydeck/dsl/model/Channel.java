package io.copydeck.dsl.model;

import io.copydeck.dsl.schema.ChannelKind;
import java.util.List;

/** `channel KIND NAME? { }`; {@code id} is NAME, or KIND when there is no NAME; {@code formula} null when not set. */
public record Channel(ChannelKind kind, String id, List<Ref> audiences, List<Ref> products, Ref promo,
                      int variants, List<String> tone, String cta, List<String> mustInclude, List<String> avoid,
                      List<String> hashtags, String template, Limits limits, Generation generation,
                      Where where, String formula) {}
