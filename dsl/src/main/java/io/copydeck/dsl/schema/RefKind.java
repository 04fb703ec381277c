package io.copydeck.dsl.schema;

/** What a reference can name. */
public enum RefKind {
    BRAND("brand"), AUDIENCE("audience"), PRODUCT("product"), BUNDLE("bundle"), PROMO("promo");

    private final String word;

    RefKind(String word) { this.word = word; }

    public String word() { return word; }
}
