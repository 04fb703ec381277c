package io.copydeck.dsl.brief;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed lines of layouts in the campaign's language: offer and price lines, the SMS opt-out,
 * the email footer, section headings. Facts go in as computed; only the words around them are
 * the language's. Templates read them as `text.NAME`; {@link #asMap} lists the names.
 */
public record Phrases(Language language) {
    /**
     * In a fixed order ({@link Map#ofEntries} iterates in an order that changes from one JVM run to
     * the next, and the phrases are part of the plan's JSON, which must be the same bytes every run).
     */
    private static final Map<Language, Map<String, String>> WORDS = Map.of(
            Language.ENGLISH, ordered(
                    Map.entry("free", "free"),
                    Map.entry("price", "Price"),
                    Map.entry("instead_of", "instead of"),
                    Map.entry("off", "off"),
                    Map.entry("with_code", "with code"),
                    Map.entry("use_code", "Use code"),
                    Map.entry("until", "until"),
                    Map.entry("and", "and"),
                    Map.entry("save", "save"),
                    Map.entry("for", "for"),
                    Map.entry("opt_out", "Reply STOP to opt out."),
                    Map.entry("subscribed", "You receive this email because you subscribed to"),
                    Map.entry("unsubscribe", "Unsubscribe"),
                    Map.entry("benefits_heading", "Why you will love it"),
                    Map.entry("faq_heading", "Questions")),
            Language.GERMAN, ordered(
                    Map.entry("free", "kostenlos"),
                    Map.entry("price", "Preis"),
                    Map.entry("instead_of", "statt"),
                    Map.entry("off", "Rabatt"),
                    Map.entry("with_code", "mit dem Code"),
                    Map.entry("use_code", "Ihr Code:"),
                    Map.entry("until", "bis"),
                    Map.entry("and", "und"),
                    Map.entry("save", "Sie sparen"),
                    Map.entry("for", "für"),
                    Map.entry("opt_out", "Abmelden: STOP antworten."),
                    Map.entry("subscribed", "Sie erhalten diese E-Mail im Rahmen Ihres Newsletter-Abonnements bei"),
                    Map.entry("unsubscribe", "Abmelden"),
                    Map.entry("benefits_heading", "Darum lohnt es sich"),
                    Map.entry("faq_heading", "Häufige Fragen")));

    /**
     * The FAQ page's fixed lines ({@link FaqPage}), kept out of {@link #WORDS}: those are every
     * asset's layout words and facts, and these belong to one channel kind. `{…}` is a declared text.
     */
    private static final Map<Language, Map<String, String>> FAQ_PAGE = Map.of(
            Language.ENGLISH, ordered(
                    Map.entry("title", "{product}: questions and answers"),
                    Map.entry("policy", "What is your {topic} policy?"),
                    Map.entry("contact", "How can I reach you?"),
                    Map.entry("contact_answer", "Contact us at {contact}"),
                    Map.entry("hours", "When can I reach you?")),
            Language.GERMAN, ordered(
                    Map.entry("title", "{product}: Fragen und Antworten"),
                    Map.entry("policy", "Was gilt für {topic}?"),
                    Map.entry("contact", "Wie erreiche ich Sie?"),
                    Map.entry("contact_answer", "Sie erreichen uns unter {contact}"),
                    Map.entry("hours", "Wann sind Sie erreichbar?")));

    @SafeVarargs
    private static Map<String, String> ordered(Map.Entry<String, String>... entries) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : entries) {
            if (m.put(e.getKey(), e.getValue()) != null) throw new IllegalStateException("phrase twice: " + e.getKey());
        }
        return Collections.unmodifiableMap(m);
    }

    public static Phrases of(Language language) {
        return new Phrases(language);
    }

    public String word(String name) {
        String w = WORDS.get(language).get(name);
        if (w == null) throw new IllegalArgumentException("no phrase `" + name + "`");
        return w;
    }

    /** Every phrase by name: the `text` of a template's data model. */
    public Map<String, String> asMap() {
        return WORDS.get(language);
    }

    /** `Morning Sencha: questions and answers`: an FAQ page's title. */
    public String faqPageTitle(String product) {
        return faqLine("title").replace("{product}", product);
    }

    /**
     * The question a policy answers, from its name in words: `What is your late delivery policy?`;
     * in German the name's words are capitalised, as German nouns are (`Was gilt für Versand?`).
     */
    public String policyQuestion(String topic) {
        String t = topic.strip();
        if (language == Language.GERMAN) {
            StringBuilder s = new StringBuilder();
            for (String w : t.split(" +")) {
                if (!s.isEmpty()) s.append(' ');
                s.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
            }
            t = s.toString();
        }
        return faqLine("policy").replace("{topic}", t);
    }

    /** `How can I reach you?` */
    public String contactQuestion() {
        return faqLine("contact");
    }

    /** `Contact us at help@example.com (Mon-Fri 9-17).`: the declared contact and hours, as written. */
    public String contactAnswer(String contact, String hours) {
        String s = faqLine("contact_answer").replace("{contact}", contact.strip());
        return (hours == null || hours.isBlank() ? s : s + " (" + hours.strip() + ")") + ".";
    }

    /** `When can I reach you?`: asked when only the hours are declared. */
    public String hoursQuestion() {
        return faqLine("hours");
    }

    private String faqLine(String name) {
        return FAQ_PAGE.get(language).get(name);
    }

    /** "A", "A and B", "A, B and C". */
    public String list(List<String> items) {
        return joinList(items, " " + word("and") + " ");
    }

    static String joinList(List<String> items, String lastSeparator) {
        if (items.isEmpty()) return "";
        if (items.size() == 1) return items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + lastSeparator + items.get(items.size() - 1);
    }

    /** `15% off with code AUTUMN15: $10.63 instead of $12.50, until 30 November 2027.` plus the promo's conditions. */
    public String offerLine(String discount, String code, Price sale, Price regular, DateFact ends,
                            String conditions) {
        StringBuilder s = new StringBuilder(discount).append(' ').append(word("off"));
        if (code != null) s.append(' ').append(word("with_code")).append(' ').append(code);
        s.append(": ").append(sale.text());
        if (regular != null) s.append(' ').append(word("instead_of")).append(' ').append(regular.text());
        if (ends != null) s.append(", ").append(word("until")).append(' ').append(ends.text());
        s.append('.');
        if (conditions != null && !conditions.isBlank()) s.append(' ').append(sentence(conditions));
        return s.toString();
    }

    /** `Desk Duo: 1 × Morning Sencha and 1 × Harbour Chai for $24.00, save $4.00.` */
    public String bundleLine(Offering.Bundle bundle) {
        StringBuilder s = new StringBuilder(bundle.name()).append(": ")
                .append(list(bundle.items().stream().map(Offering.Item::text).toList()));
        if (bundle.price() != null) s.append(' ').append(word("for")).append(' ').append(bundle.price().text());
        if (bundle.savings() != null) s.append(", ").append(word("save")).append(' ').append(bundle.savings().text());
        return s.append('.').toString();
    }

    /** `Price: $12.50.`, `Price: free.` */
    public String priceLine(Price price) {
        return word("price") + ": " + price.text() + ".";
    }

    /** A text as a sentence: capitalised, ending in a full stop unless it ends already. */
    static String sentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) return t;
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        return ".!?…".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
    }
}
