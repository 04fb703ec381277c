package io.copydeck.dsl.model;

import java.util.List;

public record Product(String id, String name, String description, List<String> features, List<String> benefits,
                      Money price, String sku, String url, Where where) {}
