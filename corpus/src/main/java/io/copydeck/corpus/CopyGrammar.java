package io.copydeck.corpus;

import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.brief.Offering;
import io.copydeck.dsl.plan.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Target copy for a job, from a phrase grammar over the job's own facts: product, benefit,
 * features, prices, promo code, audience pains, tone and call to action. Every number comes
 * from the interpreter; the grammar only arranges words. Each field gets many shapes, and the
 * one picked must fit the field's limits, as generated copy must.
 */
final class CopyGrammar {
    private final Random random;
    private final Facts f;

    /** The facts a job's data model offers, with safe fallbacks. */
    record Facts(String brand, String product, String benefit, List<String> features, String price, String code,
                 String discount, String sale, String ends, String pain, String motivation, String cta, String tone,
                 List<String> hashtags, String proof, String unlike, boolean bundle, String savings) {}

    CopyGrammar(Job job) {
        this.random = new Random(job.seed());
        this.f = facts(job.brief());
    }

    static Facts facts(Brief b) {
        Offering product = b.offering();
        Brief.Promo promo = b.promo();
        Brief.Positioning positioning = b.positioning();
        List<String> benefits = product.benefits();
        List<String> pains = b.audience().pains();
        List<String> motivations = b.audience().motivations();
        List<String> tone = b.channel().tone();
        String benefit = !benefits.isEmpty() ? benefits.get(0)
                : positioning != null && positioning.benefit() != null ? positioning.benefit() : "made for you";
        return new Facts(b.brand().name().isEmpty() ? "us" : b.brand().name(), product.name(), benefit,
                product.features(), product.price() == null ? "" : product.price().text(),
                promo == null ? null : promo.code(), promo == null ? null : promo.discountText(),
                promo == null ? null : promo.salePrice().text(),
                promo == null || promo.ends() == null ? null : promo.ends().text(),
                pains.isEmpty() ? null : pains.get(0), motivations.isEmpty() ? null : motivations.get(0),
                b.channel().cta() == null ? "Shop now" : b.channel().cta(), tone.isEmpty() ? "friendly" : tone.get(0),
                b.channel().hashtags(), positioning == null ? null : positioning.proof(),
                positioning == null ? null : positioning.unlike(), product instanceof Offering.Bundle,
                product instanceof Offering.Bundle bundle && bundle.savings() != null ? bundle.savings().text() : null);
    }

    /** A target for the field that passes {@code fits}, or null if no shape fits. */
    String write(String kind, String field, Predicate<String> fits) {
        List<String> options = new ArrayList<>(shapes(kind, field));
        java.util.Collections.shuffle(options, random);
        for (String o : options) {
            if (o != null && fits.test(o)) return o;
        }
        return null;
    }

    private List<String> shapes(String kind, String field) {
        return switch (kind + "." + field) {
            case "email.subject", "push.title", "blog_post.title", "landing_page.hero_title" -> headlines();
            case "facebook_ad.headline", "google_ad.headline" -> shortHeadlines();
            case "email.preheader", "landing_page.hero_subtitle", "push.text", "google_ad.description" -> subLines();
            case "facebook_ad.description" -> tinyLines();
            case "email.cta" -> List.of(f.cta(), "Shop " + f.product(), "Claim my offer", "Try it now", f.cta() + " →");
            case "sms.text" -> sms();
            case "twitter.text", "facebook_ad.primary_text", "instagram.caption" -> posts();
            case "email.body", "linkedin.text", "blog_post.body" -> bodies();
            case "blog_post.intro" -> intros();
            case "landing_page.benefits" -> benefitLists();
            case "landing_page.faq" -> faqs();
            default -> subLines();
        };
    }

    private String opener() {
        return switch (f.tone().toLowerCase(Locale.ROOT)) {
            case "playful" -> pick("Psst!", "Guess what?", "Good news:", "Hello, you!");
            case "urgent" -> pick("Last chance:", "Hurry:", "Ending soon:", "Don't miss it:");
            case "calm", "reassuring" -> pick("Take a moment.", "Slow down.", "Here's something good.");
            case "professional" -> pick("Introducing", "Meet", "Now available:");
            case "bold" -> pick("Big news:", "It's here.", "Ready?");
            default -> pick("Hi there!", "Good news:", "Hello!", "Say hello to");
        };
    }

    private String offer() {
        if (f.code() != null) {
            return pick(f.discount() + " off with code " + f.code() + ".",
                    "Use code " + f.code() + " for " + f.discount() + " off.",
                    "Now " + f.sale() + " with code " + f.code() + ".",
                    "Save " + f.discount() + " with " + f.code() + (f.ends() != null ? " until " + f.ends() : "") + ".");
        }
        if (f.bundle() && f.savings() != null) return "Save " + f.savings() + " with the set.";
        return pick("Just " + f.price() + ".", "Only " + f.price() + ".", "From " + f.price() + ".");
    }

    private List<String> headlines() {
        List<String> h = new ArrayList<>(List.of(
                f.product() + ": " + f.benefit(), capitalise(f.benefit()), "Meet " + f.product(),
                f.product() + " is here", "Your new favourite: " + f.product(), capitalise(f.benefit()) + ", finally"));
        if (f.pain() != null) h.add(capitalise(f.pain()) + "? Try " + f.product());
        if (f.code() != null) {
            h.add(f.discount() + " off " + f.product());
            h.add(f.product() + ", now " + f.sale());
            h.add(f.code() + ": " + f.discount() + " off " + f.product());
        }
        return h;
    }

    private List<String> shortHeadlines() {
        List<String> h = new ArrayList<>(List.of(f.product(), "Meet " + f.product(), "Try " + f.product(),
                "New: " + f.product(), f.product() + " is here", "Shop " + f.product()));
        if (f.code() != null) {
            h.add(f.discount() + " off " + f.product());
            h.add(f.discount() + " off today");
            h.add("Now " + f.sale());
        }
        return h;
    }

    private List<String> subLines() {
        List<String> s = new ArrayList<>(List.of(
                capitalise(f.benefit()) + ". " + offer(), capitalise(f.benefit()) + ", from " + f.brand() + ".",
                "Made for you: " + f.benefit() + ".", capitalise(f.benefit()) + ". " + f.cta() + "."));
        if (!f.features().isEmpty()) s.add(capitalise(f.features().get(0)) + " and " + f.benefit() + ".");
        if (f.pain() != null) s.add("Goodbye " + f.pain() + ". Hello " + f.product() + ".");
        return s;
    }

    private List<String> tinyLines() {
        List<String> s = new ArrayList<>(List.of(f.cta(), "Free returns", "Limited stock", "Shop the range"));
        if (f.code() != null) s.add("Code " + f.code());
        if (!f.features().isEmpty()) s.add(capitalise(f.features().get(0)));
        return s;
    }

    private List<String> sms() {
        String stop = " Reply STOP to opt out";
        String b = f.brand() + ": ";
        List<String> s = new ArrayList<>();
        if (f.code() != null) {
            s.add(b + f.product() + " is " + f.discount() + " off with code " + f.code() + "." + stop);
            s.add(b + opener() + " " + f.discount() + " off " + f.product() + ". Use code " + f.code() + "." + stop);
            s.add(b + "use code " + f.code() + " for " + f.discount() + " off " + f.product()
                    + (f.ends() != null ? " until " + f.ends() : "") + "." + stop);
        } else {
            s.add(b + f.product() + ": " + f.benefit() + ". " + f.cta() + "." + stop);
            s.add(b + opener() + " " + f.product() + " is here. " + capitalise(f.benefit()) + "." + stop);
        }
        return s;
    }

    private List<String> posts() {
        String tags = f.hashtags().isEmpty() ? "" : " " + String.join(" ", f.hashtags());
        List<String> s = new ArrayList<>(List.of(
                opener() + " " + f.product() + ": " + f.benefit() + ". " + offer() + tags,
                capitalise(f.benefit()) + "? That's " + f.product() + ". " + f.cta() + "." + tags));
        if (f.pain() != null) {
            s.add(capitalise(f.pain()) + "? " + f.product() + " brings " + f.benefit() + ". " + offer() + tags);
        }
        if (!f.features().isEmpty()) {
            s.add(f.product() + ": " + String.join(", ", f.features()) + ". " + capitalise(f.benefit()) + "." + tags);
        }
        return s;
    }

    private List<String> bodies() {
        List<String> s = new ArrayList<>();
        String pain = f.pain() != null ? capitalise(f.pain()) + "? We get it. " : "";
        String features = f.features().isEmpty() ? "" : "With " + String.join(", ", f.features()) + ", ";
        String proof = f.proof() != null ? capitalise(f.proof()) + ". " : "";
        String unlike = f.unlike() != null ? "Unlike " + f.unlike() + ", it just works. " : "";
        s.add(opener() + " " + pain + f.product() + " gives you " + f.benefit() + ".\n\n" + features
                + "it fits right into your day. " + proof + offer() + "\n\n" + f.cta() + ".");
        s.add(pain + "Meet " + f.product() + " from " + f.brand() + ". " + capitalise(f.benefit()) + ". " + unlike
                + "\n\n" + offer() + " " + f.cta() + ".");
        s.add(capitalise(f.benefit()) + " is closer than you think. " + f.product() + " was made for days like yours. "
                + features + "there is nothing to figure out.\n\n" + offer());
        return s;
    }

    private List<String> intros() {
        List<String> s = new ArrayList<>(List.of(
                "Some things make every day a little better. For us, it's " + f.product() + ": " + f.benefit() + ".",
                "What would change if you had " + f.benefit() + "? We asked, and built " + f.product() + "."));
        if (f.pain() != null) s.add(capitalise(f.pain()) + " is more common than you think. Here's how " + f.product() + " helps.");
        return s;
    }

    private List<String> benefitLists() {
        List<String> items = new ArrayList<>();
        items.add(capitalise(f.benefit()));
        f.features().forEach(x -> items.add(capitalise(x)));
        if (f.code() != null) items.add(f.discount() + " off with code " + f.code());
        List<String> s = new ArrayList<>();
        s.add(" " + String.join("\n- ", items));
        if (items.size() > 2) s.add(" " + String.join("\n- ", items.subList(0, 2)));
        return s;
    }

    private List<String> faqs() {
        String first = " What is " + f.product() + "?\nA: " + capitalise(f.benefit()) + ", from " + f.brand() + ".";
        String price = "\nQ: How much is it?\nA: " + (f.code() != null ? f.sale() + " with code " + f.code() + "." : f.price() + ".");
        return List.of(first + price, first);
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    static String capitalise(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
