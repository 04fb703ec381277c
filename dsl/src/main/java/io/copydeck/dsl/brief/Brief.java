package io.copydeck.dsl.brief;

import io.copydeck.dsl.model.Discount;
import java.util.List;
import java.util.Locale;

/**
 * Everything an asset may say, resolved and computed by the interpreter: the brand, the campaign,
 * the positioning, the audience, what is sold, the promo that applies to it (or none), and the
 * channel. Every stage after the interpreter reads these typed fields; references were resolved
 * once, here, and every number and date is already exact and formatted.
 */
public record Brief(Brand brand, Campaign campaign, Positioning positioning, Audience audience, Offering offering,
                    Promo promo, Channel channel) {

    public Language language() {
        return campaign.language();
    }

    public Phrases phrases() {
        return Phrases.of(language());
    }

    /** The line that states the offer, in the campaign's language; null when there is no price to state. */
    public String offerLine() {
        if (promo != null) return promo.offerLine();
        if (offering instanceof Offering.Bundle b) return phrases().bundleLine(b);
        return offering.price() == null ? null : phrases().priceLine(offering.price());
    }

    /**
     * Every text the brief states, declared or computed: what a generated text may take its
     * prices, codes, dates and names from. In a stable order; each once.
     */
    public List<String> facts() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        java.util.function.Consumer<Object> add = v -> {
            if (v != null && !v.toString().isBlank()) all.add(v.toString());
        };
        add.accept(brand.id());
        add.accept(brand.name());
        add.accept(brand.tagline());
        brand.voice().forEach(add);
        brand.legalLines().forEach(add);
        add.accept(campaign.id());
        add.accept(campaign.title());
        add.accept(campaign.start());
        add.accept(campaign.end());
        if (positioning != null) {
            java.util.Arrays.asList(positioning.need(), positioning.category(), positioning.benefit(),
                    positioning.unlike(), positioning.proof()).forEach(add);
        }
        add.accept(audience.id());
        add.accept(audience.description());
        add.accept(audience.ageText());
        audience.pains().forEach(add);
        audience.motivations().forEach(add);
        add.accept(offering.id());
        add.accept(offering.name());
        add.accept(offering.description());
        offering.features().forEach(add);
        offering.benefits().forEach(add);
        add.accept(offering.price());
        if (offering.price() != null) add.accept(offering.price().plain());
        if (offering instanceof Offering.Product p) add.accept(p.sku());
        if (offering instanceof Offering.Bundle b) {
            b.items().forEach(i -> add.accept(i.name()));
            add.accept(b.itemsTotal());
            add.accept(b.savings());
            if (b.savings() != null) add.accept(b.savingsPercent() + "%");
        }
        if (promo != null) {
            add.accept(promo.code());
            add.accept(promo.discountText());
            add.accept(promo.salePrice());
            add.accept(promo.salePrice().plain());
            add.accept(promo.savings());
            add.accept(promo.savingsPercent() + "%");
            add.accept(promo.ends());
            add.accept(promo.conditions());
            add.accept(promo.offerLine());
        }
        channel.tone().forEach(add);
        add.accept(channel.cta());
        channel.hashtags().forEach(add);
        add.accept(offerLine());
        // The fixed lines Copydeck itself adds ("Use code", the opt-out) state nothing the brief does not.
        phrases().asMap().values().forEach(add);
        return List.copyOf(all);
    }

    /** The declared brand; {@code legalLines} is the legal footer, one entry per line as written. */
    public record Brand(String id, String name, String tagline, List<String> voice, List<String> avoid,
                        List<String> legalLines) {
        public Brand {
            voice = List.copyOf(voice);
            avoid = List.copyOf(avoid);
            legalLines = List.copyOf(legalLines);
        }
    }

    public record Campaign(String id, String title, String objective, Locale locale, Language language,
                           DateFact start, DateFact end) {}

    public record Positioning(String forAudience, String need, String category, String benefit, String unlike,
                              String proof) {}

    /** {@code ageFrom}/{@code ageTo} are null when no age is declared; the checker keeps them in order. */
    public record Audience(String id, String description, Integer ageFrom, Integer ageTo, List<String> pains,
                           List<String> motivations) {
        public Audience {
            pains = List.copyOf(pains);
            motivations = List.copyOf(motivations);
        }

        /** `25–40`, or null. */
        public String ageText() {
            return ageFrom == null ? null : ageFrom + "–" + ageTo;
        }
    }

    /**
     * A promo, only where it applies to the asset's product: its code, the discount as copy writes
     * it ("15%", "$5.00"), the products it applies to, the computed sale price and savings, the end
     * date, its conditions, and the offer line that states all of it.
     */
    public record Promo(String id, String code, Discount discount, String discountText, List<String> appliesTo,
                        Price salePrice, Price savings, int savingsPercent, DateFact ends, Integer daysLeft,
                        String conditions, String offerLine) {
        public Promo {
            appliesTo = List.copyOf(appliesTo);
        }
    }

    /**
     * The channel: its id, tone, declared call to action (null when it leaves it to the model),
     * hashtags, variants, and the copywriting formula its assets follow (the channel's, else the
     * objective's, {@link Formula#forObjective}).
     */
    public record Channel(ChannelId id, List<String> tone, String cta, List<String> hashtags, int variants,
                          Formula formula) {
        public Channel {
            tone = List.copyOf(tone);
            hashtags = List.copyOf(hashtags);
            if (formula == null) formula = Formula.AIDA;
        }

        /** A channel following the default formula. */
        public Channel(ChannelId id, List<String> tone, String cta, List<String> hashtags, int variants) {
            this(id, tone, cta, hashtags, variants, null);
        }
    }
}
