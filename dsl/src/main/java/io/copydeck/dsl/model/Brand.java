package io.copydeck.dsl.model;

import java.util.List;

public record Brand(String id, String name, String tagline, List<String> voice, List<String> avoid,
                    String legal, Where where) {}
