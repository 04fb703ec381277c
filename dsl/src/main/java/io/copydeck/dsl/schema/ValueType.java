package io.copydeck.dsl.schema;

/** The types a property's value can have; the checker reads a value by its type. */
public enum ValueType {
    STRING("a string", "\"Aurora Coffee\""),
    WORD("a word or a string", "warm"),
    INTEGER("a whole number", "3"),
    NUMBER("a number", "0.8"),
    MONEY("an amount of money", "3.49 USD"),
    PERCENT("a percentage", "20%"),
    DISCOUNT("a percentage or an amount of money", "20%"),
    DATE("a date", "2027-03-31"),
    DATE_RANGE("a date range", "2027-03-01 .. 2027-04-15"),
    NUMBER_RANGE("a number range", "25..40"),
    LENGTH("a length", "60 chars"),
    ENUM("one of the listed words", "conversion"),
    REFERENCE("the name of a declared block", "commuters"),
    ITEM("a product, or `product x quantity`", "cold_brew x 12"),
    URL("an absolute http(s) URL", "\"https://aurora.example/cold-brew\""),
    LOCALE("a BCP 47 language tag", "\"en-US\""),
    HASHTAG("a hashtag string", "\"#ColdBrew\""),
    CHANNEL_KIND("a channel kind", "sms"),
    PATH("a file path", "\"templates/email.ftl\"");

    private final String description;
    private final String example;

    ValueType(String description, String example) {
        this.description = description;
        this.example = example;
    }

    public String description() { return description; }
    public String example() { return example; }
}
