package io.copydeck.dsl.model;

import java.util.List;

public record Audience(String id, String description, IntRange age, List<String> pains,
                       List<String> motivations, List<String> channelsPreferred, Where where) {}
