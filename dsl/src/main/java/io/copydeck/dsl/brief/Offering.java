package io.copydeck.dsl.brief;

import java.util.List;

/** What an asset sells: one product, or a bundle of products with their quantities. */
public sealed interface Offering {
    String id();

    String name();

    /** What the offering is: a product's description; a bundle's items listed in the campaign's language ("1 × Sencha and 2 × Chai"). */
    String description();

    List<String> features();

    List<String> benefits();

    /** The regular price; null when none is declared. */
    Price price();

    /** Where the call to action leads; null when none is declared. */
    String url();

    record Product(String id, String name, String description, List<String> features, List<String> benefits,
                   Price price, String sku, String url) implements Offering {
        public Product {
            features = List.copyOf(features);
            benefits = List.copyOf(benefits);
        }
    }

    /**
     * A bundle: every item with its quantity, the price of the set, and, when the items have
     * prices in the bundle's currency, what they would cost alone and what the set saves.
     */
    record Bundle(String id, String name, String description, List<Item> items, Price price, Price itemsTotal,
                  Price savings, int savingsPercent, String url) implements Offering {
        public Bundle {
            items = List.copyOf(items);
        }

        /** A bundle's features are its items: "2 × Stadtrad E7". */
        @Override
        public List<String> features() {
            return items.stream().map(Item::text).toList();
        }

        /** The items' own benefits, in item order, each once. */
        @Override
        public List<String> benefits() {
            return items.stream().flatMap(i -> i.benefits().stream()).distinct().toList();
        }
    }

    /** One item of a bundle: the product, how many, and how copy writes it ("2 × Morning Sencha"). */
    record Item(String productId, String name, int quantity, List<String> benefits) {
        public Item {
            benefits = List.copyOf(benefits);
        }

        public String text() {
            return quantity + " × " + name;
        }
    }
}
