package io.copydeck.dsl.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A `support { }` block: what a customer-service answer may use beside the declared products and
 * offers. Any of contact, hours and handoff may be null; policies and faqs keep their written order.
 */
public record Support(String contact, String hours, String handoff, List<SupportPolicy> policies,
                      List<SupportFaq> faqs, Where where) {
    public Support {
        policies = List.copyOf(policies);
        faqs = List.copyOf(faqs);
    }

    /**
     * The support a campaign's answers use: the campaign's block over its brand's. A campaign's
     * contact, hours or handoff replaces the brand's when set; a policy or faq of the same name
     * replaces the brand's in its place, others follow the brand's in written order. So a campaign
     * says only what differs ("returns within 60 days during the sale"), and never loses the rest.
     * Either may be null; null when both are. The merged block's {@code where} is the campaign's.
     */
    public static Support merge(Support brand, Support campaign) {
        if (brand == null || campaign == null) return brand == null ? campaign : brand;
        return new Support(or(campaign.contact, brand.contact), or(campaign.hours, brand.hours),
                or(campaign.handoff, brand.handoff), byName(brand.policies, campaign.policies, SupportPolicy::id),
                byName(brand.faqs, campaign.faqs, SupportFaq::id), campaign.where);
    }

    private static String or(String first, String fallback) { return first != null ? first : fallback; }

    private static <T> List<T> byName(List<T> base, List<T> over, Function<T, String> name) {
        Map<String, T> merged = new LinkedHashMap<>();
        base.forEach(t -> merged.put(name.apply(t), t));
        over.forEach(t -> merged.put(name.apply(t), t));
        return new ArrayList<>(merged.values());
    }
}
