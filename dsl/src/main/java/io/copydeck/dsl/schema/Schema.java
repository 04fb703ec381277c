package io.copydeck.dsl.schema;

import static io.copydeck.dsl.schema.ChildSpec.MANY;
import static io.copydeck.dsl.schema.FieldKind.LimitKind.HARD;
import static io.copydeck.dsl.schema.FieldKind.LimitKind.NONE;
import static io.copydeck.dsl.schema.FieldKind.LimitKind.PER_SEGMENT;
import static io.copydeck.dsl.schema.FieldKind.LimitKind.RECOMMENDED;

import io.copydeck.dsl.model.Length;
import io.copydeck.dsl.model.LengthUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one table that says what the language means: which blocks exist where, their
 * properties and types, and the channel kinds with their fields and limits. The checker,
 * the docs, and the editor's completion and hover all read it; nothing else hard-codes a name.
 */
public final class Schema {
    /** The pseudo-block kind of a file's top level. */
    public static final String FILE = "file";

    private static final Schema INSTANCE = define();

    private final Map<String, BlockSpec> blocks;
    private final Map<String, ChannelKind> channelKinds;

    private Schema(Map<String, BlockSpec> blocks, Map<String, ChannelKind> channelKinds) {
        this.blocks = Map.copyOf(blocks);
        this.channelKinds = channelKinds;
    }

    public static Schema get() { return INSTANCE; }

    public BlockSpec root() { return blocks.get(FILE); }

    public Optional<BlockSpec> block(String kind) { return Optional.ofNullable(blocks.get(kind)); }

    /** Every block kind, the file's top level first, in the order the docs present them. */
    public List<BlockSpec> blocks() {
        return List.of(blocks.get(FILE), blocks.get("brand"), blocks.get("audience"), blocks.get("product"),
                blocks.get("campaign"), blocks.get("positioning"), blocks.get("pricing"), blocks.get("promo"),
                blocks.get("bundle"), blocks.get("channel"), blocks.get("limits"), blocks.get("generation"),
                blocks.get("support"), blocks.get("policy"), blocks.get("faq"));
    }

    /**
     * Whether a named block kind's names need be unique only among its siblings (a support block's
     * `policy` and `faq`, cited as `support.policy.NAME`): no reference can name it and no file holds
     * it at the top. Other names are unique across the spec and its imports.
     */
    public boolean namedLocally(String kind) {
        BlockSpec spec = blocks.get(kind);
        return spec != null && spec.naming() == BlockSpec.Naming.REQUIRED && root().child(kind).isEmpty()
                && Arrays.stream(RefKind.values()).noneMatch(k -> k.word().equals(kind));
    }

    public Optional<ChannelKind> channelKind(String name) { return Optional.ofNullable(channelKinds.get(name)); }

    public List<ChannelKind> channelKinds() { return List.copyOf(channelKinds.values()); }

    public List<String> channelKindNames() { return List.copyOf(channelKinds.keySet()); }

    /**
     * What an optional property means when it is left out, where that is fixed (for the docs);
     * empty when absence just means "not set". Keyed by block kind, then property name.
     */
    public Optional<String> defaultValue(String blockKind, String property) {
        return Optional.ofNullable(DEFAULTS.get(blockKind + "." + property));
    }

    private static final Map<String, String> DEFAULTS = Map.of(
            "channel.variants", "`1`",
            "channel.audience", "the positioning's `for`",
            "channel.products", "every product in the campaign",
            "channel.formula", "by the campaign's objective: `pas` for conversion, `fab` for consideration, `bab` for "
                    + "retention, `aida` otherwise");

    // ---- the table --------------------------------------------------------------------

    private static Schema define() {
        Map<String, BlockSpec> blocks = new LinkedHashMap<>();
        add(blocks, new BlockSpec(FILE, BlockSpec.Naming.NONE,
                "A file holds `import` lines first, then brands, audiences and products (shareable across "
                        + "campaigns) and at most one campaign.",
                List.of(),
                List.of(new ChildSpec("brand", 0, MANY), new ChildSpec("audience", 0, MANY),
                        new ChildSpec("product", 0, MANY), new ChildSpec("campaign", 0, 1)),
                false, false));
        add(blocks, block("brand", BlockSpec.Naming.REQUIRED, "The brand: its name, voice, and what it never says.",
                List.of(
                        required("name", ValueType.STRING, "Display name of the brand."),
                        optional("tagline", ValueType.STRING, "The brand's tagline."),
                        list("voice", ValueType.WORD, "Brand voice adjectives, fed to every prompt."),
                        list("avoid", ValueType.STRING,
                                "Phrases that must never appear in any asset (case-insensitive)."),
                        optional("legal", ValueType.STRING,
                                "Footer text appended to email and landing pages: postal address, disclaimer.")),
                List.of(new ChildSpec("support", 0, 1))));
        add(blocks, block("audience", BlockSpec.Naming.REQUIRED, "A group of people the campaign speaks to.",
                List.of(
                        required("description", ValueType.STRING, "Who they are, in one sentence."),
                        optional("age", ValueType.NUMBER_RANGE, "Age range, like `25..40`."),
                        list("pains", ValueType.STRING, "Problems they have that the product solves."),
                        list("motivations", ValueType.STRING, "What moves them to act."),
                        list("channels_preferred", ValueType.CHANNEL_KIND,
                                "Channel kinds they prefer (informative).")),
                List.of()));
        add(blocks, block("product", BlockSpec.Naming.REQUIRED, "Something the brand sells.",
                List.of(
                        required("name", ValueType.STRING, "Display name of the product."),
                        optional("description", ValueType.STRING, "What it is."),
                        list("features", ValueType.STRING, "What it has."),
                        list("benefits", ValueType.STRING, "What it does for the customer."),
                        required("price", ValueType.MONEY, "Regular price, like `3.49 USD`."),
                        optional("sku", ValueType.STRING, "Stock keeping unit."),
                        optional("url", ValueType.URL, "Product page: an absolute http(s) URL.")),
                List.of()));
        add(blocks, new BlockSpec("campaign", BlockSpec.Naming.REQUIRED,
                "The campaign: its brand, objective, window, positioning, pricing and channels.",
                List.of(
                        required("title", ValueType.STRING, "Display title of the campaign."),
                        ref("brand", true, false, "The brand this campaign speaks for.", RefKind.BRAND),
                        enumOf("objective", "What the campaign is for.",
                                "awareness", "consideration", "conversion", "retention", "launch"),
                        optional("locale", ValueType.LOCALE,
                                "Language and region of the copy and of formatted prices, like `\"en-US\"`."),
                        optional("window", ValueType.DATE_RANGE,
                                "When the campaign runs; the start must not be after the end.")),
                List.of(new ChildSpec("positioning", 0, 1), new ChildSpec("pricing", 0, 1),
                        new ChildSpec("channel", 1, MANY), new ChildSpec("audience", 0, MANY),
                        new ChildSpec("product", 0, MANY), new ChildSpec("generation", 0, 1),
                        new ChildSpec("support", 0, 1)),
                false, false));
        add(blocks, block("positioning", BlockSpec.Naming.NONE,
                "The classic positioning statement: for (audience) who (need), the product is a (category) "
                        + "that (benefit); unlike (unlike), it (proof).",
                List.of(
                        ref("for", true, false, "The audience the campaign targets first.", RefKind.AUDIENCE),
                        optional("need", ValueType.STRING, "The need the audience has."),
                        required("category", ValueType.STRING, "The product category."),
                        required("benefit", ValueType.STRING, "The key benefit."),
                        optional("unlike", ValueType.STRING, "The main alternative."),
                        optional("proof", ValueType.STRING,
                                "Why to believe it. Absolute claims (best, guaranteed, #1) are allowed only "
                                        + "when backed here.")),
                List.of()));
        add(blocks, block("pricing", BlockSpec.Naming.NONE, "Pricing strategy, promos and bundles.",
                List.of(enumOf("strategy", "The pricing strategy.",
                        "premium", "penetration", "skimming", "value", "freemium", "bundle", "competitive")),
                List.of(new ChildSpec("promo", 0, MANY), new ChildSpec("bundle", 0, MANY))));
        add(blocks, block("promo", BlockSpec.Naming.REQUIRED, "A promotion: a discount on some products.",
                List.of(
                        optional("code", ValueType.STRING, "The code customers enter, like `\"SPRING20\"`."),
                        required("discount", ValueType.DISCOUNT, "Percentage (`20%`) or amount (`1.00 USD`) off."),
                        ref("applies", true, true, "Products the discount applies to.", RefKind.PRODUCT),
                        optional("ends", ValueType.DATE, "Last day of the promo; inside the campaign window."),
                        optional("conditions", ValueType.STRING,
                                "Terms of the offer, like `\"on orders over 20 USD\"`; required when the promo "
                                        + "says free.")),
                List.of()));
        add(blocks, block("bundle", BlockSpec.Naming.REQUIRED, "Products sold together at one price.",
                List.of(
                        required("name", ValueType.STRING, "Display name of the bundle."),
                        new PropertySpec("items", ValueType.ITEM, true, true, List.of(), Set.of(RefKind.PRODUCT),
                                null, null, false, "Products in the bundle: `cold_brew x 12` or `cold_brew`."),
                        required("price", ValueType.MONEY, "Price of the whole bundle.")),
                List.of()));
        add(blocks, new BlockSpec("channel", BlockSpec.Naming.CHANNEL,
                "A channel to write for: `channel KIND NAME? { }`. NAME defaults to KIND.",
                List.of(
                        ref("audience", false, true, "Audiences to write for; default: the positioning's `for`.",
                                RefKind.AUDIENCE),
                        ref("products", false, true, "Products or bundles to promote; default: every product.",
                                RefKind.PRODUCT, RefKind.BUNDLE),
                        ref("promo", false, false, "The promo to feature.", RefKind.PROMO),
                        bounded("variants", ValueType.INTEGER, "How many alternatives of each asset (1..50).",
                                BigDecimal.ONE, BigDecimal.valueOf(50), false),
                        list("tone", ValueType.WORD, "Tone words for this channel."),
                        optional("cta", ValueType.STRING, "Call to action text."),
                        enumOf("formula", "The copywriting formula the channel's assets follow: `aida` (attention, "
                                        + "interest, desire, action), `pas` (problem, agitate, solution), `bab` (before, "
                                        + "after, bridge) or `fab` (features, advantages, benefits).",
                                "aida", "pas", "bab", "fab"),
                        list("must_include", ValueType.STRING,
                                "Texts that must appear in each asset (case-insensitive)."),
                        list("avoid", ValueType.STRING, "Added to the brand's avoid list."),
                        list("hashtags", ValueType.HASHTAG, "Hashtags, each starting with `#`; social kinds only."),
                        optional("template", ValueType.PATH,
                                "A FreeMarker file overriding the channel kind's prompt template.")),
                List.of(new ChildSpec("limits", 0, 1), new ChildSpec("generation", 0, 1)),
                false, false));
        add(blocks, new BlockSpec("limits", BlockSpec.Naming.NONE,
                "Per-field length limits, like `subject: 60 chars`. The fields depend on the channel kind; a "
                        + "limit may be tighter than the platform's hard limit, not looser.",
                List.of(), List.of(), true, true));
        add(blocks, new BlockSpec("generation", BlockSpec.Naming.NONE,
                "Decoding settings. In a channel they override the campaign's, which override the built-in ones.",
                List.of(
                        bounded("temperature", ValueType.NUMBER, "Randomness: 0 is greedy, higher is freer (0..5).",
                                BigDecimal.ZERO, BigDecimal.valueOf(5), false),
                        bounded("top_k", ValueType.INTEGER, "Sample among the k likeliest tokens; 0 turns it off.",
                                BigDecimal.ZERO, null, false),
                        bounded("top_p", ValueType.NUMBER, "Nucleus sampling mass, above 0 and at most 1.",
                                BigDecimal.ZERO, BigDecimal.ONE, true),
                        bounded("repetition_penalty", ValueType.NUMBER, "Penalty on repeated tokens, at least 1.",
                                BigDecimal.ONE, null, false),
                        bounded("max_tokens", ValueType.INTEGER, "Most tokens generated per field.",
                                BigDecimal.ONE, BigDecimal.valueOf(4096), false),
                        bounded("seed", ValueType.INTEGER, "Seed of the random streams: same seed, same copy.",
                                BigDecimal.ZERO, null, false)),
                List.of(), false, true));
        // Support knowledge: facts for answering customers, never fed to the copy's prompts.
        add(blocks, block("support", BlockSpec.Naming.NONE,
                "What a customer-service answer may use beside the declared products, prices and promos: how to "
                        + "reach a person, when, what to say when no fact answers, policies and FAQs. In a campaign "
                        + "it adds to the brand's: a policy or FAQ of the same name, and `contact`, `hours` and "
                        + "`handoff`, replace the brand's.",
                List.of(
                        optional("contact", ValueType.STRING,
                                "How a customer reaches a person, like `\"help@northwind.example\"` or a phone number."),
                        optional("hours", ValueType.STRING, "When people answer, like `\"Mon-Fri 9:00-17:00 GMT\"`."),
                        optional("handoff", ValueType.STRING,
                                "What an answer says when no declared fact answers the question; without it the "
                                        + "checker warns (W405).")),
                List.of(new ChildSpec("policy", 0, MANY), new ChildSpec("faq", 0, MANY))));
        add(blocks, new BlockSpec("policy", BlockSpec.Naming.REQUIRED,
                "A rule customers ask about: returns, shipping, cancellations, warranty, payment.",
                List.of(required("text", ValueType.STRING, "The policy in the brand's own words.")),
                List.of(), false, true));
        add(blocks, new BlockSpec("faq", BlockSpec.Naming.REQUIRED,
                "A question customers ask and the brand's own answer.",
                List.of(
                        required("question", ValueType.STRING, "The question, as a customer would ask it."),
                        required("answer", ValueType.STRING, "The brand's answer.")),
                List.of(), false, true));
        return new Schema(blocks, defineChannelKinds());
    }

    private static Map<String, ChannelKind> defineChannelKinds() {
        Map<String, ChannelKind> kinds = new LinkedHashMap<>();
        Compliance plain = new Compliance(false, false, false, List.of("txt"));
        kind(kinds, "email", "An email: subject line, preheader, body and call-to-action button.", false,
                new Compliance(false, true, true, List.of("html", "txt")), "cta",
                line("subject", 78, "Subject line."), line("preheader", 110, "Preview text shown after the subject."),
                new FieldKind("body", words(150), RECOMMENDED, false,
                        "The email's body: three paragraphs (an opening, the details, the offer), 60 to 150 words (40 at "
                                + "the least for a brief with few facts, which holds no more).").withMinWords(60), line("cta", 40, "Button text; the channel's `cta` when it has one."));
        kind(kinds, "sms", "A text message; the opt-out line is part of it.", false,
                new Compliance(true, false, false, List.of("txt")), null,
                new FieldKind("text", chars(160), PER_SEGMENT, true, "Message text: 160 chars per segment; longer "
                        + "is sent as several parts."));
        kind(kinds, "push", "A mobile push notification.", false, plain, null,
                line("title", 50, "Notification title."), new FieldKind("text", chars(150), HARD, true,
                        "Notification text."));
        kind(kinds, "twitter", "A post on X/Twitter.", true, plain, null,
                new FieldKind("text", chars(280), HARD, true, "Post text, hashtags included."));
        kind(kinds, "linkedin", "A LinkedIn post.", true, plain, null,
                new FieldKind("text", chars(3000), HARD, false, "Post text.").withMinWords(15));
        kind(kinds, "instagram", "An Instagram caption.", true, plain, null,
                new FieldKind("caption", chars(2200), HARD, false, "Caption text."));
        kind(kinds, "facebook_ad", "A Facebook ad.", true, plain, null,
                new FieldKind("primary_text", chars(125), RECOMMENDED, true, "Text above the image (125 recommended)."),
                line("headline", 40, "Headline under the image."), line("description", 30, "Line under the headline."));
        kind(kinds, "google_ad", "A Google responsive search ad.", false, plain, null,
                line("headline", 30, "One headline."), line("description", 90, "One description line."));
        kind(kinds, "landing_page", "A landing page: hero, benefits and FAQ sections.", false,
                new Compliance(false, true, false, List.of("html")), null,
                line("hero_title", 70, "The page's main headline."), new FieldKind("hero_subtitle", null, NONE, true, "Line under the title."),
                text("benefits", "The benefits section: three or four blocks, a title and two sentences each."),
                text("faq", "Frequently asked questions, planned from the brief's facts: each question has its answer.")
                        .asPlanned());
        kind(kinds, "blog_post", "A blog post.", false, new Compliance(false, false, false, List.of("md")), null,
                line("title", 70, "Post title."), text("intro", "Opening paragraph.").withMinWords(30),
                text("body", "The post: three or more sections with subheads, in the channel's formula's order, and a "
                        + "close with the call to action; each generated on its own.").withMinWords(200));
        kind(kinds, "faq", "An FAQ page: the questions customers ask and their answers, planned from declared facts "
                        + "only (nothing is generated): what the product's facts answer, the support block's faqs as "
                        + "written, each policy under a question phrased from its name, and how to reach a person. One "
                        + "page per product; a support faq that names another product is left off its page.", false,
                new Compliance(false, true, false, List.of("html", "md")), null,
                new FieldKind("title", null, NONE, true, "The page's title: the product's name and a fixed line.")
                        .asPlanned(),
                text("questions", "The questions and their answers, `Q:`/`A:` lines; a words or chars limit drops "
                        + "questions from the end.").asPlanned());
        return kinds;
    }

    // ---- little builders that keep the table readable ----------------------------------

    private static void add(Map<String, BlockSpec> blocks, BlockSpec spec) { blocks.put(spec.kind(), spec); }

    private static BlockSpec block(String kind, BlockSpec.Naming naming, String doc, List<PropertySpec> properties,
                                   List<ChildSpec> children) {
        return new BlockSpec(kind, naming, doc, properties, children, false, false);
    }

    private static PropertySpec required(String name, ValueType type, String doc) {
        return new PropertySpec(name, type, true, false, List.of(), Set.of(), null, null, false, doc);
    }

    private static PropertySpec optional(String name, ValueType type, String doc) {
        return new PropertySpec(name, type, false, false, List.of(), Set.of(), null, null, false, doc);
    }

    private static PropertySpec list(String name, ValueType type, String doc) {
        return new PropertySpec(name, type, false, true, List.of(), Set.of(), null, null, false, doc);
    }

    private static PropertySpec enumOf(String name, String doc, String... members) {
        return new PropertySpec(name, ValueType.ENUM, false, false, List.of(members), Set.of(), null, null, false, doc);
    }

    private static PropertySpec ref(String name, boolean required, boolean list, String doc, RefKind... kinds) {
        return new PropertySpec(name, ValueType.REFERENCE, required, list, List.of(), Set.of(kinds), null, null,
                false, doc);
    }

    private static PropertySpec bounded(String name, ValueType type, String doc, BigDecimal min, BigDecimal max,
                                        boolean minExclusive) {
        return new PropertySpec(name, type, false, false, List.of(), Set.of(), min, max, minExclusive, doc);
    }

    private static void kind(Map<String, ChannelKind> kinds, String name, String doc, boolean social,
                             Compliance compliance, String ctaField, FieldKind... fields) {
        kinds.put(name, new ChannelKind(name, doc, new ArrayList<>(List.of(fields)), social, compliance, ctaField));
    }

    /** A one-line field with a hard platform limit: a subject, a headline, a button. */
    private static FieldKind line(String name, int chars, String doc) {
        return new FieldKind(name, chars(chars), HARD, true, doc);
    }

    /** Running text with no platform limit. */
    private static FieldKind text(String name, String doc) {
        return new FieldKind(name, null, NONE, false, doc);
    }

    private static Length chars(int n) { return new Length(n, LengthUnit.CHARS); }

    private static Length words(int n) { return new Length(n, LengthUnit.WORDS); }
}
