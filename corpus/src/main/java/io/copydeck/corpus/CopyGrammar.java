package io.copydeck.corpus;

import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.brief.FactShape;
import io.copydeck.dsl.brief.Language;
import io.copydeck.dsl.plan.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Target copy for a job, delexicalised (docs/slots.md): every fact is written as its slot
 * ({@code Meet {product}: {benefit.0}.}), and only slots the job's prompt shows are used, read from
 * the typed brief ({@link SlotFacts}). The wording around the slots is free and fits any category (a
 * dentist, a bike shop, a webinar, a charity, tea): texts are combined from parts (opener × core ×
 * offer × close), picked at random from the job's seed, so the model learns to refer to the prompt's
 * facts by slot instead of repeating memorised phrases. Bodies, posts and text messages end with the
 * call to action: {@code {cta}} when the channel declares one, else a neutral one.
 */
final class CopyGrammar {
    private static final int ATTEMPTS = 80;

    private final Random random;
    private final SlotFacts s;
    private final String tone;
    private final String objective;
    private final String formula;
    /** The German frames, for a brief in German; null for English. */
    private final GermanCopy german;

    CopyGrammar(Job job) {
        this.random = new Random(job.seed());
        Brief b = job.brief();
        this.s = SlotFacts.of(b);
        this.tone = b.channel().tone().isEmpty() ? "" : b.channel().tone().get(random.nextInt(b.channel().tone().size()))
                .toLowerCase(Locale.ROOT);
        this.objective = b.campaign().objective() == null ? "" : b.campaign().objective();
        this.formula = b.channel().formula().word();
        this.german = b.language() == Language.GERMAN ? new GermanCopy(this) : null;
    }

    SlotFacts slots() {
        return s;
    }

    /**
     * A target for the field that passes {@code fits} (given the slotted text), or null if none of
     * the attempts fits. Later attempts ask for compact shapes, so tight limits still get copy.
     */
    String write(String kind, String field, Predicate<String> fits) {
        return write(kind, field, null, fits);
    }

    /** As {@link #write(String, String, Predicate)}, for one part of a long field (null for a whole one). */
    String write(String kind, String field, String part, Predicate<String> fits) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            boolean compact = attempt >= ATTEMPTS / 2;
            String t = german != null
                    ? part == null ? german.shape(kind + "." + field, compact) : german.part(kind + "." + field, part, compact)
                    : part == null ? shape(kind + "." + field, compact) : part(kind + "." + field, part, compact);
            // A fact where its shape cannot stand (a frame this grammar should not have offered) is no target.
            if (t != null && !t.isBlank() && s.realises(t) && fits.test(t)) return t;
        }
        return null;
    }

    /**
     * A part of a long field (dsl/plan/LongForm): a blog section or close, a landing page's benefit block,
     * an email's paragraph.
     */
    private String part(String field, String part, boolean compact) {
        if (field.equals("landing_page.benefits")) return LongCopy.block(this, part, compact);
        if (field.equals("email.body")) return emailParagraph(part, compact);
        if (part.equals("close")) return LongCopy.close(this, compact);
        return LongCopy.section(this, part, compact);
    }

    private String shape(String field, boolean compact) {
        return switch (field) {
            case "email.subject", "push.title", "blog_post.title", "landing_page.hero_title" -> headline(compact);
            case "facebook_ad.headline", "google_ad.headline" -> shortHeadline();
            case "email.preheader", "landing_page.hero_subtitle", "google_ad.description" -> subLine(compact);
            case "push.text" -> push(compact);
            case "facebook_ad.description" -> tinyLine();
            case "email.cta" -> button();
            case "sms.text" -> sms(compact);
            case "twitter.text" -> post(compact, true);
            case "facebook_ad.primary_text" -> post(true, true);
            case "instagram.caption" -> post(compact, false);
            case "linkedin.text" -> linkedin(compact);
            case "blog_post.body" -> blogBody(compact);
            case "blog_post.intro" -> intro(compact);
            case "landing_page.benefits" -> benefitList(compact);
            case "landing_page.faq" -> faq(compact);
            default -> subLine(compact);
        };
    }

    // ---- facts by slot ------------------------------------------------------------------

    boolean has(String slot) {
        return s.has(slot);
    }

    static String slot(String name) {
        return "{" + name + "}";
    }

    String benefit() {
        return s.benefits.isEmpty() ? null : slot(pick(s.benefits));
    }

    /** The first benefit most of the time, as copy leads with it; another one otherwise. */
    String leadBenefit() {
        if (s.benefits.isEmpty()) return null;
        return random.nextInt(3) > 0 ? slot(s.benefits.get(0)) : benefit();
    }

    String feature() {
        return s.features.isEmpty() ? null : slot(pick(s.features));
    }

    String pain() {
        return s.pains.isEmpty() ? null : slot(pick(s.pains));
    }

    String motivation() {
        return s.motivations.isEmpty() ? null : slot(pick(s.motivations));
    }

    /**
     * A fact in the frame its shape needs: {@code as("{benefit.0}", "You get %s.", "You can %s.", null)};
     * null where the fact is null or its shape has no frame here, and the caller offers another.
     */
    String as(String fact, String nounPhrase, String verbPhrase, String clause) {
        if (fact == null) return null;
        String frame = switch (shapeOf(fact)) {
            case NOUN_PHRASE -> nounPhrase;
            case VERB_PHRASE -> verbPhrase;
            case CLAUSE -> clause;
        };
        return frame == null ? null : frame.replace("%s", fact);
    }

    /** The fact's slot as it stands in a frame ("{benefit.0}"), by shape; a noun phrase otherwise (a joined list). */
    private FactShape shapeOf(String fact) {
        var m = SlotFacts.SLOT.matcher(fact);
        return m.matches() ? s.shape(m.group(1)) : FactShape.NOUN_PHRASE;
    }

    /** Adds each option that is not null: the frames a fact's shape has. */
    static void add(List<String> options, String... frames) {
        for (String f : frames) if (f != null) options.add(f);
    }

    /** One of the options that are not null; null when all are. */
    final String pickOf(String... options) {
        List<String> l = new ArrayList<>();
        add(l, options);
        return l.isEmpty() ? null : pick(l);
    }

    /**
     * Up to {@code n} list slots in prompt order, as "{a}, {b} and {c}", when they are all noun
     * phrases (a list of mixed shapes is no phrase at all); null otherwise.
     */
    String join(List<String> names, int n) {
        List<String> first = names.subList(0, Math.min(n, names.size()));
        if (first.stream().anyMatch(name -> s.shape(name) != FactShape.NOUN_PHRASE)) return null;
        List<String> l = first.stream().map(CopyGrammar::slot).toList();
        if (l.isEmpty()) return null;
        if (l.size() == 1) return l.get(0);
        return String.join(", ", l.subList(0, l.size() - 1)) + " and " + l.get(l.size() - 1);
    }

    private String what() {
        return has("items") && random.nextBoolean() ? "{items}" : "{product}";
    }

    // ---- parts --------------------------------------------------------------------------

    private String opener() {
        return switch (tone) {
            case "playful" -> pick("Psst.", "Guess what?", "Good news!", "Hello, you!", "Plot twist:", "Here's a thought:");
            case "urgent" -> pick("Last chance.", "Hurry.", "Ending soon.", "Don't wait.", "Time is running out.", "Quick:");
            case "calm", "reassuring" -> pick("Take a moment.", "No rush.", "Here's something good.", "Breathe out.",
                    "It can be simple.");
            case "professional" -> pick("Something new.", "A quick update.", "Now available.", "For your team:", "In brief:");
            case "bold" -> pick("Big news.", "It's here.", "Ready?", "Say yes.", "No half measures.");
            case "warm", "personal" -> pick("We thought of you.", "Hello again.", "Just for you.", "From us to you.",
                    "We've missed you.");
            case "upbeat" -> pick("Great news!", "Here we go!", "Exciting times!", "Say hello!", "Ready for something new?");
            default -> pick("Hi there!", "Good news.", "Hello!", "Here's something new.", "Have you heard?", "");
        };
    }

    /** A sentence that states the offer, or null where the brief has none worth stating. */
    String offer() {
        List<String> o = new ArrayList<>();
        if (s.promo) {
            String until = has("ends") ? pick(" until {ends}", " through {ends}", "") : "";
            o.add("{offer}");
            o.add("{offer}");
            o.add("{discount} off" + until + ".");
            o.add("Now {sale_price}" + until + ".");
            o.add("Save {discount}" + until + ".");
            if (has("price")) o.add("Now {sale_price} instead of {price}.");
            if (has("code")) {
                o.add("Use code {code} for {discount} off" + until + ".");
                o.add("{discount} off with code {code}.");
                o.add("Enter {code} at checkout and pay {sale_price}.");
                o.add("Your code: {code}. It takes {discount} off" + until + ".");
            }
            if (has("ends")) o.add("The offer ends {ends}.");
        } else if (s.bundle) {
            if (has("offer")) o.add("{offer}");
            if (has("price")) o.add("All of it for {price}.");
            if (has("price") && has("items")) o.add("{items}, together for {price}.");
            if (has("savings")) {
                o.add("Save {savings} on the set.");
                o.add("Together they cost {savings} less.");
            }
        } else if (has("price")) {
            if (s.free) {
                o.add("It's {price}.");
                o.add("{product} is {price}.");
                o.add("The price? {price}.");
            } else {
                o.add("Just {price}.");
                o.add("Only {price}.");
                o.add("{price}, nothing hidden.");
                o.add("All for {price}.");
                o.add("It costs {price}.");
            }
        }
        return o.isEmpty() ? null : pick(o);
    }

    /** The call to action as a closing sentence: the declared one, else a neutral one. */
    String close() {
        if (has("cta")) return pick("{cta}.", "{cta}.", "{cta}!", "{cta} today.", "Ready? {cta}.", "{cta} now.");
        return pick(neutralClose());
    }

    private List<String> neutralClose() {
        List<String> c = new ArrayList<>(List.of("Find out more.", "Learn more.", "Take a look today.", "See the details.",
                "Get started today.", "Have a look.", "Discover {product} today.", "See what {product} can do."));
        if (s.promo) c.addAll(List.of("Claim your offer.", "Don't miss it."));
        if (objective.equals("retention")) c.add("Welcome back.");
        if (objective.equals("launch")) c.add("Be among the first.");
        return c;
    }

    private String closeBare() {
        if (has("cta")) return "{cta}";
        return pick("Find out more", "Learn more", "Take a look", "See the details", "Get started", "Discover more");
    }

    // ---- headlines and lines -------------------------------------------------------------

    private String headline(boolean compact) {
        List<String> h = new ArrayList<>(List.of("Meet {product}", "{product} is here", "Introducing {product}",
                "Say hello to {product}", "Your new favourite: {product}", "Why everyone's talking about {product}",
                "Have you tried {product}?", "{product}, from {brand}", "Something new from {brand}"));
        String b = leadBenefit();
        if (b != null) {
            h.addAll(List.of("{product}: " + b, b, b + ", finally", b + " with {product}"));
            add(h, as(b, "Want %s?", "Want to %s?", "Imagine: %s"), as(b, "%s? Meet {product}", "Want to %s? Meet {product}", null),
                    as(b, "The easy way to get %s", "The easy way to %s", null), as(b, "%s, made simple", "Now you can %s", null),
                    as(b, null, "{product} helps you %s", "With {product}, %s"));
            if (!compact) h.add("{product} from {brand}: " + b);
        }
        String p = pain();
        if (p != null) add(h, p + "? Try {product}", as(p, "No more %s", "Tired of %s?", null), p + "? There's a better way",
                as(p, "Goodbye %s", null, null));
        if (has("category")) h.addAll(List.of("{product}, the {category} you'll love", "{category}, made better"));
        if (has("unlike")) h.add("Better than {unlike}");
        if (s.promo) {
            h.addAll(List.of("{discount} off {product}", "{product}, now {sale_price}", "Save {discount} on {product}"));
            if (has("code")) h.addAll(List.of("{code}: {discount} off {product}", "Your code inside: {discount} off"));
            if (has("ends")) h.add("{discount} off until {ends}");
        }
        if (s.bundle && has("savings")) h.add("{product}: save {savings}");
        if (has("price") && !s.promo) h.add(s.free ? "{product}: {price}" : "{product} for {price}");
        if (tone.equals("urgent")) h.add("Last chance: {product}");
        return pick(h);
    }

    private String shortHeadline() {
        List<String> h = new ArrayList<>(List.of("{product}", "Meet {product}", "Try {product}", "New: {product}",
                "{product} is here", "Discover {product}", "Say hi to {product}"));
        String b = benefit();
        if (b != null) h.add(b);
        if (s.promo) h.addAll(List.of("{discount} off {product}", "{discount} off today", "Now {sale_price}",
                "Save {discount}"));
        if (has("code")) h.add("Code {code}: {discount} off");
        if (has("price") && !s.promo) h.add(s.free ? "It's {price}" : "Just {price}");
        if (has("savings")) h.add("Save {savings}");
        if (has("brand")) h.add("{product} by {brand}");
        return pick(h);
    }

    private String subLine(boolean compact) {
        List<String> l = new ArrayList<>();
        String b = leadBenefit();
        String offer = offer();
        if (b != null) {
            l.add(b + ".");
            l.add(b + ", from {brand}.");
            l.add("Made for you: " + b + ".");
            l.add(b + ". " + close());
            if (offer != null) l.add(b + ". " + offer);
            if (s.benefits.size() > 1 && join(s.benefits, 2) != null) l.add(join(s.benefits, 2) + ", in one.");
            if (!s.features.isEmpty()) add(l, as(b, feature() + " and %s.", "{product} helps you %s.", "With {product}, %s."));
        }
        String p = pain();
        if (p != null) {
            add(l, as(p, "Goodbye %s. Hello {product}.", null, null));
            add(l, as(p, "Tired of %s? {product} can help.", "Tired of %s? {product} can help.", "%s? {product} can help."));
        }
        if (has("need")) add(l, as("{need}", "For everyone who wants %s.", "For everyone who wants to %s.", null));
        if (has("proof")) l.add("{proof}.");
        if (has("unlike")) l.add("Unlike {unlike}, {product} just works.");
        if (has("items")) l.add("Inside: {items}.");
        if (offer != null) l.add(offer + " " + close());
        l.add("{product} from {brand}. " + close());
        l.add("See why people choose {product}.");
        if (s.promo && has("code")) l.add("Use {code} before it's gone.");
        return pick(l);
    }

    private String push(boolean compact) {
        List<String> l = new ArrayList<>();
        String offer = offer();
        String b = leadBenefit();
        if (offer != null) l.add(offer + " " + close());
        if (b != null) l.add("{product}: " + b + ". " + close());
        if (!compact && offer != null && b != null) l.add(opener() + " " + b + ". " + offer);
        String p = pain();
        String help = as(p, "%s? {product} can help. ", "Tired of %s? {product} can help. ", null);
        if (help != null) l.add(help + close());
        l.add("{product} is waiting for you. " + close());
        l.add(opener() + " {product} from {brand}. " + close());
        return pick(l).strip();
    }

    private String tinyLine() {
        List<String> l = new ArrayList<>(List.of(closeBare(), "By {brand}", "{product}"));
        if (has("code")) l.add("Code {code}");
        if (s.promo) l.addAll(List.of("{discount} off", "Now {sale_price}"));
        if (!s.features.isEmpty()) l.add(feature());
        if (has("price") && !s.promo) l.add(s.free ? "It's {price}" : "Only {price}");
        return pick(l);
    }

    private String button() {
        List<String> l = new ArrayList<>(List.of("Find out more", "Learn more", "Get started", "Take a look",
                "See the details", "Try {product}", "Discover {product}", "Get {product}", "Show me"));
        if (s.promo) l.addAll(List.of("Claim the offer", "Get {discount} off", "Claim my offer"));
        if (has("code")) l.add("Use my code");
        if (objective.equals("retention")) l.add("Come back");
        return pick(l);
    }

    private String sms(boolean compact) {
        String lead = pick("{brand}: ", "{brand}: ", "");
        List<String> core = new ArrayList<>();
        String offer = offer();
        // Every text names the product: an offer alone ("Only $12. Shop now.") leaves the reader asking what for.
        if (offer != null) {
            core.add("{product}: " + offer);
            core.add("{product}. " + offer);
            if (s.promo) core.add("{discount} off {product}" + (has("code") ? " with code {code}." : "."));
        }
        String b = leadBenefit();
        if (b != null && (!compact || offer == null)) core.add("{product}: " + b + ".");
        if (s.pains.size() > 0 && offer == null) core.add(pain() + "? Try {product}.");
        core.add("{product} is here.");
        String open = compact ? "" : opener();
        String text = lead + (open.isEmpty() ? "" : open + " ") + pick(core) + " " + close();
        return text.strip();
    }

    private String post(boolean compact, boolean oneLine) {
        List<String> hooks = new ArrayList<>();
        String b = leadBenefit();
        String p = pain();
        if (p != null) add(hooks, p + "?", as(p, "Tired of %s?", "Tired of %s?", null), as(p, "Still dealing with %s?", null, null));
        if (b != null) add(hooks, as(b, "Want %s?", "Want to %s?", null), as(b, "%s? Yes, really.", "%s? Yes, really.", "%s. Yes, really."),
                as(b, "Imagine %s.", "Imagine %s.", "Imagine: %s."));
        if (has("need")) add(hooks, as("{need}", "Looking for %s?", "Want to %s?", null));
        hooks.add(opener());
        List<String> cores = new ArrayList<>(List.of("Meet {product}.", "{product} is here.", "Say hello to {product}."));
        if (b != null) add(cores, as(b, "{product} brings you %s.", "{product} helps you %s.", "With {product}, %s."),
                "{product}: " + b + ".", as(b, "With {product}, it's %s.", "With {product}, you can %s.", "With {product}, %s."));
        String features = join(s.features, 2 + random.nextInt(2));
        if (features != null && !compact) cores.add("{product}: " + features + ".");
        if (has("items") && !compact) cores.add("{product}: {items}.");
        if (has("proof") && !compact) cores.add("{proof}.");
        if (has("unlike") && !compact) cores.add("Unlike {unlike}, it just works.");
        String offer = offer();
        List<String> parts = new ArrayList<>();
        parts.add(pick(hooks));
        parts.add(pick(cores));
        if (!compact && s.benefits.size() > 1 && random.nextBoolean()) {
            parts.add(as(slot(s.benefits.get(1)), "And %s.", "And you can %s.", "And %s."));
        }
        if (offer != null && random.nextInt(4) > 0) parts.add(offer);
        parts.add(close());
        String sep = oneLine ? " " : pick(" ", "\n");
        return String.join(sep, parts.stream().filter(x -> x != null && !x.isBlank()).toList()).strip();
    }

    // ---- long copy -----------------------------------------------------------------------

    /** The opening paragraph: a hook (a pain, a motivation or a benefit) and the product. */
    private String hookParagraph() {
        List<String> hooks = new ArrayList<>();
        String p = pain();
        String b = leadBenefit();
        String m = motivation();
        if (p != null) {
            hooks.add(p + "? You're not alone.");
            hooks.add("We know how it feels: " + p + ".");
            add(hooks, as(p, "%s? If that sounds familiar, read on.", "Tired of %s? Read on.", null));
            add(hooks, as(p, "Let's talk about %s.", "Let's talk about %s.", null));
            if (s.pains.size() > 1 && join(s.pains, 2) != null) hooks.add(join(s.pains, 2) + "? We hear you.");
        }
        if (m != null) {
            add(hooks, as(m, "You care about %s. So do we.", "You want to %s. So do we.", null));
            add(hooks, as(m, "For everyone who values %s.", "For everyone who wants to %s.", null));
        }
        if (has("need")) add(hooks, as("{need}", "Everyone deserves %s.", "Everyone should be able to %s.", null));
        if (b != null) add(hooks, as(b, "What if %s were the easy part?", "What if you could %s?", "What if %s?"));
        hooks.add(opener());
        hooks.add("Something new has arrived.");
        List<String> intro = new ArrayList<>(List.of("Meet {product} from {brand}.", "That's why we made {product}.",
                "Say hello to {product}.", "{product} is here to help."));
        if (b != null) {
            add(intro, as(b, "{product} gives you %s.", "{product} helps you %s.", "With {product}, %s."));
            intro.add("Meet {product}: " + b + ".");
            add(intro, as(b, "With {product}, you get %s.", "With {product}, you can %s.", "Thanks to {product}, %s."));
        }
        if (has("category")) intro.add("{product} is the {category} that fits your day.");
        String more = pick("It's simple to start and easy to love.", "It was made for days like yours.",
                "No fuss, no fine print.", "We built it around what you told us.", "It does what it says.",
                "It takes a minute to get going.", "You don't have to change a thing to make it work.",
                "We spent a long time getting the details right.", "It's the kind of thing you wonder how you managed without.");
        String bridge = pick("", "Here's why people are choosing it.", "And it only gets better from here.",
                "We think you'll like it.", "Let us show you what it can do.", "It's already making a difference for people like you.");
        return join(" ", pick(hooks), pick(intro), more, bridge);
    }

    /** The middle paragraph: what it has, what else it does, why to believe it. */
    private String detailParagraph(boolean compact) {
        List<String> parts = new ArrayList<>();
        String features = join(s.features, 3);
        if (features != null) {
            parts.add(pick("What you get: " + features + ".", "Inside: " + features + ".",
                    "Think " + features + ".", "The details: " + features + "."));
        }
        if (has("items")) parts.add(pick("The set has {items}.", "You get {items}.", "In the box: {items}."));
        if (s.benefits.size() > 1) {
            String second = slot(s.benefits.get(1));
            parts.add(pickOf(as(second, "On top of that, %s.", "On top of that, you can %s.", "On top of that, %s."),
                    as(second, "You also get %s.", "You can also %s.", "And %s."), "And there's more: " + second + "."));
            String third = s.benefits.size() > 2 ? slot(s.benefits.get(2)) : null;
            if (third != null && !compact) parts.add(pickOf(as(third, "Plus %s.", "Plus, you can %s.", "Plus, %s."),
                    as(third, "And don't forget: %s.", "And you can %s.", null)));
        } else if (!s.benefits.isEmpty() && parts.isEmpty()) {
            String first = slot(s.benefits.get(0));
            parts.add(pickOf(as(first, "It's all about %s.", "It's all about %s.", null),
                    as(first, "The result: %s.", "The result? You %s.", "The result: %s.")));
        }
        if (has("unlike") && random.nextBoolean()) parts.add(pick("Unlike {unlike}, it just works.",
                "Forget {unlike}.", "It's a step up from {unlike}."));
        if (has("proof") && random.nextInt(3) > 0) parts.add(pick("{proof}.", "Don't just take our word for it: {proof}.",
                "Why trust it? {proof}."));
        String motivations = join(s.motivations, 2);
        if (s.motivations.size() > 1 && motivations != null && !compact) parts.add("It's made for " + motivations + ".");
        if (parts.size() < 3 || random.nextBoolean()) parts.add(pick("It fits right into your day.",
                "There's nothing to figure out.", "Everything you need, nothing you don't.",
                "Every detail is there for a reason.", "It works the way you do.", "You'll notice the difference from day one.",
                "It's easy to get started and easy to stick with.", "We keep it simple so you don't have to think about it."));
        if (has("category") && random.nextInt(3) == 0) parts.add(pick("The {category}, done properly.",
                "It's the {category} you've been waiting for."));
        return String.join(" ", parts);
    }

    String offerParagraph() {
        String offer = offer();
        String lead = pick("", "Here's the best part. ", "Good timing: ", "One more thing. ", "Ready to try it? ",
                "There has never been a better moment. ");
        String urgency = has("ends") && random.nextBoolean() ? " " + pick("Don't wait too long.", "The clock is ticking.") : "";
        String reassure = random.nextInt(3) == 0 ? pick("It only takes a minute.", "Questions? Just reply to this message.",
                "We'd love to hear what you think.", "No strings attached.") + " " : "";
        return (offer == null ? "" : lead + offer + urgency + " ") + reassure + close();
    }

    /** One paragraph of an email body (dsl/plan/LongForm): the opening, the details or the close. */
    private String emailParagraph(String part, boolean compact) {
        return switch (part) {
            case "opening" -> hookParagraph();
            case "details" -> detailParagraph(compact);
            case "close" -> offerParagraph();
            default -> throw new IllegalArgumentException("no email paragraph " + part);
        };
    }

    private String linkedin(boolean compact) {
        String p = pain();
        String q = pickOf("", "Here's what we've been working on.", p == null ? "A short story about {product}."
                : as(p, "A short story about %s.", "A short story about %s.", null), "We have news to share.");
        String body = hookParagraph() + "\n\n" + (compact ? "" : detailParagraph(compact) + "\n\n") + offerParagraph();
        return ((q.isEmpty() || compact ? "" : q + "\n\n") + body).strip();
    }

    private String intro(boolean compact) {
        List<String> open = new ArrayList<>();
        String b = leadBenefit();
        String p = pain();
        if (b != null) {
            add(open, as(b, "Some things make every day a little better. For many of us, it's %s.",
                    "Some things make every day a little better. For many of us, it's the chance to %s.", null));
            add(open, as(b, "What would change if you had %s?", "What would change if you could %s?", "What would change if %s?"));
            add(open, as(b, "Everyone wants %s. Few get it without effort.", "Everyone wants to %s. Few manage it without effort.", null));
            add(open, as(b, "%s sounds simple. It rarely is.", "Wanting to %s sounds simple. Doing it rarely is.", null));
        }
        if (p != null) {
            add(open, as(p, "%s is more common than you think.", "Having to %s is more common than you think.", null));
            add(open, as(p, "If you have ever dealt with %s, this one is for you.", "If you have ever had to %s, this one is for you.", null));
            add(open, as(p, "Let's be honest about %s.", "Let's be honest about %s.", null));
        }
        if (has("need")) add(open, as("{need}", "Finding %s should not be hard. Yet it often is.",
                "It should not be hard to %s. Yet it often is.", null));
        if (has("category")) open.add("{product} is not just any {category}.");
        if (has("unlike")) open.add("For years, the only choice was {unlike}.");
        if (!s.motivations.isEmpty()) add(open, as(motivation(), "We all want %s.", "We all want to %s.", null));
        open.add("We have been busy.");
        open.add("This post is a little different.");
        List<String> turn = new ArrayList<>(List.of("In this post we look at why, and how {product} helps.",
                "Here's what we learned building {product}.", "Today we want to tell you about {product}.",
                "That's where {product} from {brand} comes in.", "So we made {product}.",
                "Here's how {product} changes that.", "Below, we explain what {product} is, who it's for and why we made it."));
        String tail = compact ? "" : pick("", "", "Read on.", "It's a short read.", "Let's get into it.", "Grab a seat.");
        return join(" ", pick(open), pick(turn), tail);
    }

    private String blogBody(boolean compact) {
        List<String> paras = new ArrayList<>();
        paras.add(hookParagraph());
        String why = pick("Why does it matter?", "So what is different?", "How it works", "What you get");
        String d = detailParagraph(compact);
        paras.add(random.nextBoolean() ? why + "\n\n" + d : d);
        if (!compact) {
            List<String> tips = new ArrayList<>();
            if (s.pains.size() > 1) add(tips, as(slot(s.pains.get(1)), "We also hear a lot about %s. {product} was built with that in mind.",
                    "We also hear a lot about having to %s. {product} was built with that in mind.", null));
            if (has("need")) add(tips, as("{need}", "In the end, it comes down to %s. That's what {product} is for.",
                    "In the end, you want to %s. That's what {product} is for.", null));
            if (has("proof")) tips.add("And the results speak for themselves: {proof}.");
            tips.add("Start small. Try it for a week and see how it fits into your routine.");
            tips.add("The best part is how little you have to change. {product} fits around you.");
            paras.add(pick(tips));
        }
        paras.add(offerParagraph());
        return String.join("\n\n", paras);
    }

    private String benefitList(boolean compact) {
        List<String> items = new ArrayList<>();
        for (String b : s.benefits) items.add(slot(b));
        for (String f : s.features) items.add(pick(slot(f), "With " + slot(f), slot(f) + " included"));
        if (has("items")) items.add(pick("Everything in one set: {items}", "{items}"));
        if (has("proof") && random.nextBoolean()) items.add("{proof}");
        if (has("unlike") && random.nextBoolean()) items.add("Better than {unlike}");
        if (s.promo) items.add(pick("{discount} off" + (has("code") ? " with code {code}" : ""), "Now {sale_price}"));
        else if (has("savings")) items.add("Save {savings}");
        else if (has("price")) items.add(s.free ? "It's {price}" : "All for {price}");
        if (items.size() < 2) items.add(pick("Made by {brand}", "Easy to start", "Ready when you are"));
        int n = compact ? Math.min(2, items.size()) : Math.min(items.size(), 2 + random.nextInt(4));
        return " " + String.join("\n- ", items.subList(0, n));
    }

    private String faq(boolean compact) {
        List<String> qa = new ArrayList<>();
        String b = leadBenefit();
        qa.add(pick("What is {product}?", "What's {product}?", "Tell me about {product}.") + "\nA: "
                + (has("category") ? pick("The {category} from {brand}.", "{product} is {brand}'s {category}.")
                : b != null ? b + ", from {brand}." : "It's from {brand}."));
        if (b != null) qa.add(pick("Why {product}?", "What does it do for me?", "Why should I choose it?") + "\nA: " + b + "."
                + (s.benefits.size() > 1 ? " " + as(slot(s.benefits.get(1)), "And %s.", "And you can %s.", "And %s.") : ""));
        if (has("items")) qa.add(pick("What do I get?", "What's in the set?") + "\nA: {items}.");
        String included = join(s.features, 3);
        if (included != null) qa.add(pick("What does it come with?", "What's included?") + "\nA: " + included + ".");
        if (s.promo) {
            qa.add(pick("How much is {product}?", "What does it cost?") + "\nA: "
                    + (has("price") ? pick("{price}, now {sale_price} with the offer.", "Now {sale_price} instead of {price}.")
                    : "Now {sale_price}."));
            if (has("code")) qa.add(pick("Is there a code?", "How do I get the discount?") + "\nA: Use code {code} for {discount} off"
                    + (has("ends") ? " until {ends}." : "."));
            if (has("ends")) qa.add("When does the offer end?\nA: {ends}.");
        } else if (has("price")) {
            qa.add(pick("How much is {product}?", "What does it cost?", "How much is it?") + "\nA: {price}."
                    + (has("savings") ? " That saves {savings}." : ""));
        }
        if (has("unlike")) qa.add("How is it different from {unlike}?\nA: " + (b != null
                ? as(b, "%s, without the hassle.", "You can %s, without the hassle.", "%s, without the hassle.") : "It just works."));
        if (has("proof")) qa.add("Does it work?\nA: {proof}.");
        if (!s.pains.isEmpty()) add(qa, as(pain(), "Will it help with %s?\nA: That's exactly what it's for.",
                "Will it help with %s?\nA: That's exactly what it's for.", null));
        qa.add("How do I start?\nA: " + close());
        List<String> first = qa.subList(0, 1);
        List<String> rest = new ArrayList<>(qa.subList(1, qa.size()));
        java.util.Collections.shuffle(rest, random);
        int n = compact ? 1 : Math.min(rest.size(), 1 + random.nextInt(3));
        List<String> chosen = new ArrayList<>(random.nextBoolean() ? first : List.of());
        chosen.addAll(rest.subList(0, n));
        return " " + String.join("\nQ: ", chosen);
    }

    // ---- helpers -------------------------------------------------------------------------

    private static String join(String sep, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isBlank()) continue;
            if (b.length() > 0) b.append(sep);
            b.append(p.strip());
        }
        return b.toString();
    }

    Random random() {
        return random;
    }

    String formula() {
        return formula;
    }

    /** The channel's tone for this target, lowercase; empty when it declares none. */
    String tone() {
        return tone;
    }

    String objective() {
        return objective;
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    static String capitalise(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
