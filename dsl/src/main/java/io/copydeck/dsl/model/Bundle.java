package io.copydeck.dsl.model;

import java.util.List;

public record Bundle(String id, String name, List<Item> items, Money price, Where where) {
    /** `cold_brew x 12`; a bare reference means one. */
    public record Item(Ref product, int quantity) {}
}
