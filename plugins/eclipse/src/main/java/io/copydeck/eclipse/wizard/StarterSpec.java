package io.copydeck.eclipse.wizard;

/** The commented spec a new campaign starts from: every required part, each explained. */
public final class StarterSpec {
    private StarterSpec() {}

    public static String text(String campaignId) {
        String id = campaignId.replaceAll("[^A-Za-z0-9_]", "_");
        if (id.isEmpty() || !Character.isLetter(id.charAt(0))) id = "c_" + id;
        return """
                // A campaign spec: brands, audiences and products, then one campaign.
                // Ctrl+Space proposes what may come next; hover a word for its documentation.

                brand my_brand {
                  name: "My Brand"
                  voice: warm, clear            // adjectives fed to every prompt
                  legal: "My Brand Ltd., 1 Main Street, Springfield"
                }

                audience regulars {
                  description: "People who already buy from us"
                }

                product flagship {
                  name: "Flagship"
                  price: 10.00 USD
                }

                campaign %s {
                  title: "New Campaign"
                  brand: my_brand
                  objective: awareness

                  positioning {
                    for: regulars
                    category: "what the product is"
                    benefit: "what it does for them"
                  }

                  // One block per channel to write for: channel KIND NAME? { ... }
                  channel email launch {
                    variants: 2
                  }
                }
                """.formatted(id);
    }
}
