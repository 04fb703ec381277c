package io.copydeck.support;

import io.copydeck.dsl.brief.Language;
import java.util.Map;

/**
 * The words around a fact when it is stated as an answer ("Morning Sencha costs £12.50."), and the
 * words customers ask about each kind of fact with ("price cost how much"), in English and German.
 * The facts themselves go in as declared or computed; only these frames are Copydeck's.
 */
final class FactWording {
    private final Map<String, String> frames;
    private final Map<String, String> topics;

    private FactWording(Map<String, String> frames, Map<String, String> topics) {
        this.frames = frames;
        this.topics = topics;
    }

    static FactWording of(Language language) {
        return language == Language.GERMAN ? GERMAN : ENGLISH;
    }

    /** The frame named {@code kind} with its {@code %s} filled, in order. */
    String frame(String kind, Object... values) {
        String f = frames.get(kind);
        if (f == null) throw new IllegalArgumentException("no frame `" + kind + "`");
        return String.format(f, values);
    }

    /** The words customers ask about a kind of fact with. */
    String topic(String kind) {
        String t = topics.get(kind);
        if (t == null) throw new IllegalArgumentException("no topic words for `" + kind + "`");
        return t;
    }

    private static final FactWording ENGLISH = new FactWording(Map.ofEntries(
            Map.entry("description", "%s: %s"),
            Map.entry("features", "%s comes with %s."),
            Map.entry("benefits", "%s gives you %s."),
            Map.entry("price", "%s costs %s."),
            Map.entry("price_free", "%s is %s."),
            Map.entry("handoff", "I cannot answer that from what I know; please contact our team."),
            Map.entry("url", "You find %s at %s"),
            Map.entry("items", "%s includes %s."),
            Map.entry("bundle_price", "%s costs %s."),
            Map.entry("saving", "%s costs %s instead of %s for the items alone: you save %s (%d%%)."),
            Map.entry("code", "The code for %s is %s."),
            Map.entry("discount", "%s gives %s off %s."),
            Map.entry("ends", "%s ends on %s."),
            Map.entry("conditions", "%s: %s"),
            Map.entry("sale_price", "With %s, %s costs %s instead of %s.")),
            Map.ofEntries(
                    Map.entry("description", "what is it about describe tell explain"),
                    Map.entry("features", "features include includes come with specs details"),
                    Map.entry("benefits", "benefits why good help worth"),
                    Map.entry("price", "price cost costs how much pay charge fee expensive monthly"),
                    Map.entry("url", "link website page where buy order online url"),
                    Map.entry("items", "includes contains inside items contents set bundle"),
                    Map.entry("bundle_price", "price cost costs how much pay"),
                    Map.entry("saving", "save saving savings cheaper discount worth alone separately"),
                    Map.entry("code", "code promo coupon voucher discount code promotion"),
                    Map.entry("discount", "discount off percent deal promotion sale reduction"),
                    Map.entry("ends", "end ends expire expires last until when deadline valid"),
                    Map.entry("conditions", "conditions terms rules apply restrictions catch who use eligible only"),
                    Map.entry("sale_price", "price cost costs how much sale with code after discount"),
                    Map.entry("contact", "contact customer service email phone call reach write talk human person support team address"),
                    Map.entry("hours", "hours open opening time times when available closed weekend")));

    private static final FactWording GERMAN = new FactWording(Map.ofEntries(
            Map.entry("description", "%s: %s"),
            Map.entry("features", "%s bietet %s."),
            Map.entry("benefits", "%s bringt Ihnen %s."),
            Map.entry("price", "%s kostet %s."),
            Map.entry("price_free", "%s ist %s."),
            Map.entry("handoff", "Das kann ich leider nicht beantworten; bitte wenden Sie sich an unser Team."),
            Map.entry("url", "%s finden Sie unter %s"),
            Map.entry("items", "%s enthält %s."),
            Map.entry("bundle_price", "%s kostet %s."),
            Map.entry("saving", "%s kostet %s statt %s einzeln: Sie sparen %s (%d %%)."),
            Map.entry("code", "Der Code für %s lautet %s."),
            Map.entry("discount", "%s gibt %s Rabatt auf %s."),
            Map.entry("ends", "%s endet am %s."),
            Map.entry("conditions", "%s: %s"),
            Map.entry("sale_price", "Mit %s kostet %s %s statt %s.")),
            Map.ofEntries(
                    Map.entry("description", "was ist beschreibung erklären worum"),
                    Map.entry("features", "funktionen merkmale ausstattung enthalten bietet details"),
                    Map.entry("benefits", "vorteile warum nutzen lohnt"),
                    Map.entry("price", "preis kosten kostet wie viel teuer zahlen gebühr monatlich"),
                    Map.entry("url", "link webseite seite wo kaufen bestellen online"),
                    Map.entry("items", "enthält inhalt drin paket set bestandteile"),
                    Map.entry("bundle_price", "preis kosten kostet wie viel paket set"),
                    Map.entry("saving", "sparen ersparnis günstiger rabatt einzeln"),
                    Map.entry("code", "code gutschein rabattcode aktion gutscheincode"),
                    Map.entry("discount", "rabatt prozent angebot aktion nachlass"),
                    Map.entry("ends", "ende endet läuft ab bis wann gültig frist"),
                    Map.entry("conditions", "bedingungen regeln gelten einschränkungen haken"),
                    Map.entry("sale_price", "preis kosten kostet wie viel mit code nach rabatt"),
                    Map.entry("contact", "kontakt email e-mail telefon anrufen erreichen schreiben mensch team adresse"),
                    Map.entry("hours", "öffnungszeiten zeiten geöffnet offen wann erreichbar wochenende")));
}
