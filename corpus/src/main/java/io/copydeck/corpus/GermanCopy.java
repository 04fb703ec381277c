package io.copydeck.corpus;

import static io.copydeck.corpus.CopyGrammar.slot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * German target copy, delexicalised like {@link CopyGrammar}'s English and picked from the same job seed.
 * German inflects what stands around a noun by its gender and case ("der neue Helm", "mit dem neuen
 * Helm"), and a fact or a name can be any gender: so no frame here puts an article, an adjective, a
 * pronoun or a verb that must agree with a fact or the product's name. A fact stands where any phrase
 * can: after a colon ("Ihr Vorteil: {benefit.0}."), alone as a headline, before a question mark
 * ("{pain.0}? Das muss nicht sein."), in a list; a name stands as a name does without an article
 * ("Neu: {product}.", "{product} von {brand}", "Mit {product} ..."). What refers back to a fact is
 * "das", which points at a whole thought and has no gender ("Das merken Sie vom ersten Tag an."). The
 * reader is addressed as "Sie", as the fixed lines are (dsl/.../Phrases).
 */
final class GermanCopy {
    private final CopyGrammar g;
    private final SlotFacts s;

    GermanCopy(CopyGrammar grammar) {
        this.g = grammar;
        this.s = grammar.slots();
    }

    /** A whole field, as {@link CopyGrammar}'s shapes are. */
    String shape(String field, boolean compact) {
        return switch (field) {
            case "email.subject", "push.title", "blog_post.title", "landing_page.hero_title" -> headline(compact);
            case "facebook_ad.headline", "google_ad.headline" -> shortHeadline();
            case "push.text" -> push(compact);
            case "facebook_ad.description" -> tinyLine();
            case "email.cta" -> button();
            case "sms.text" -> sms(compact);
            case "twitter.text" -> post(compact, true);
            case "facebook_ad.primary_text" -> post(true, true);
            case "instagram.caption" -> post(compact, false);
            case "linkedin.text" -> linkedin(compact);
            case "blog_post.intro" -> intro(compact);
            default -> subLine();
        };
    }

    /** A part of a long field (dsl/plan/LongForm). */
    String part(String field, String part, boolean compact) {
        if (field.equals("landing_page.benefits")) return block(part, compact);
        if (field.equals("email.body")) {
            return switch (part) {
                case "opening" -> hookParagraph();
                case "details" -> detailParagraph(compact);
                case "close" -> offerParagraph();
                default -> throw new IllegalArgumentException("no email paragraph " + part);
            };
        }
        if (part.equals("close")) return close(compact);
        return section(part, compact);
    }

    // ---- facts ------------------------------------------------------------------------------

    /** Up to {@code n} list slots, as "{a}, {b} und {c}". */
    private static String join(List<String> names, int n) {
        List<String> l = names.subList(0, Math.min(n, names.size())).stream().map(CopyGrammar::slot).toList();
        if (l.isEmpty()) return null;
        if (l.size() == 1) return l.get(0);
        return String.join(", ", l.subList(0, l.size() - 1)) + " und " + l.get(l.size() - 1);
    }

    private String opener() {
        return switch (g.tone()) {
            case "verspielt" -> g.pick("Psst.", "Raten Sie mal!", "Gute Nachrichten!", "Hallo, Sie!", "Eine Idee:");
            case "dringend" -> g.pick("Letzte Chance.", "Nicht mehr lange.", "Schnell sein lohnt sich.", "Nicht warten.");
            case "ruhig", "beruhigend" -> g.pick("Ganz in Ruhe.", "Kein Stress.", "Es kann einfach sein.", "Durchatmen.");
            case "sachlich" -> g.pick("Neu verfügbar.", "Kurz und knapp:", "Eine kurze Information.", "Das Wichtigste zuerst:");
            case "mutig" -> g.pick("Große Neuigkeiten.", "Es ist so weit.", "Bereit?", "Keine halben Sachen.");
            case "herzlich", "persönlich" -> g.pick("Wir haben an Sie gedacht.", "Schön, dass Sie da sind.", "Nur für Sie.",
                    "Hallo und willkommen.");
            case "direkt" -> g.pick("Kurz gesagt:", "Ohne Umwege:", "Klartext:");
            default -> g.pick("Hallo!", "Gute Nachrichten.", "Etwas Neues.", "Schon gehört?", "");
        };
    }

    /** A sentence that states the offer, or null where the brief has none worth stating. */
    private String offer() {
        List<String> o = new ArrayList<>();
        if (s.promo) {
            String until = g.has("ends") ? g.pick(" bis {ends}", " bis zum {ends}", "") : "";
            o.add("{offer}");
            o.add("{offer}");
            o.add("{discount} Rabatt" + until + ".");
            o.add("Jetzt {sale_price}" + until + ".");
            o.add("Sparen Sie {discount}" + until + ".");
            if (g.has("price")) o.add("Jetzt {sale_price} statt {price}.");
            if (g.has("code")) {
                o.add("Mit dem Code {code} sparen Sie {discount}" + until + ".");
                o.add("{discount} Rabatt mit dem Code {code}.");
                o.add("Geben Sie {code} an der Kasse ein und zahlen Sie {sale_price}.");
                o.add("Ihr Code: {code}. Damit sparen Sie {discount}" + until + ".");
            }
            if (g.has("ends")) o.add("Das Angebot gilt bis {ends}.");
        } else if (s.bundle) {
            if (g.has("offer")) o.add("{offer}");
            if (g.has("price")) o.add("Alles zusammen für {price}.");
            if (g.has("price") && g.has("items")) o.add("{items}, zusammen für {price}.");
            if (g.has("savings")) {
                o.add("Mit dem Set sparen Sie {savings}.");
                o.add("Zusammen kosten sie {savings} weniger.");
            }
        } else if (g.has("price")) {
            if (s.free) {
                o.add("Der Preis: {price}.");
                o.add("Und das Beste: {price}.");
            } else {
                o.add("Für nur {price}.");
                o.add("Nur {price}.");
                o.add("{price}, ohne versteckte Kosten.");
                o.add("Alles für {price}.");
                o.add("Der Preis: {price}.");
            }
        }
        return o.isEmpty() ? null : g.pick(o);
    }

    /** The call to action as a closing sentence: the declared one, else a neutral one. */
    private String close() {
        if (g.has("cta")) return g.pick("{cta}.", "{cta}.", "{cta}!", "Bereit? {cta}.", "Neugierig? {cta}.");
        List<String> c = new ArrayList<>(List.of("Mehr erfahren.", "Jetzt ansehen.", "Schauen Sie vorbei.",
                "Alle Details ansehen.", "Jetzt starten.", "Entdecken Sie {product}.", "Sehen Sie, was {product} kann."));
        if (s.promo) c.addAll(List.of("Sichern Sie sich das Angebot.", "Nicht verpassen."));
        if (g.objective().equals("retention")) c.add("Willkommen zurück.");
        if (g.objective().equals("launch")) c.add("Seien Sie unter den Ersten.");
        return g.pick(c);
    }

    private String closeBare() {
        if (g.has("cta")) return "{cta}";
        return g.pick("Mehr erfahren", "Jetzt ansehen", "Details ansehen", "Jetzt starten", "Jetzt entdecken");
    }

    // ---- headlines and lines ------------------------------------------------------------------

    private String headline(boolean compact) {
        List<String> h = new ArrayList<>(List.of("Neu: {product}", "{product} ist da", "Entdecken Sie {product}",
                "Wir stellen vor: {product}", "Neu von {brand}: {product}", "{product} von {brand}",
                "Schon ausprobiert? {product}", "Etwas Neues von {brand}"));
        String b = g.leadBenefit();
        if (b != null) {
            h.addAll(List.of("{product}: " + b, b, b + " – mit {product}", "Endlich: " + b, "Ihr Vorteil: " + b));
            if (!compact) h.add("{product} von {brand}: " + b);
        }
        String p = g.pain();
        if (p != null) h.addAll(List.of(p + "? Es geht auch anders", p + "? Probieren Sie {product}", "Schluss damit: " + p));
        if (g.has("category")) h.addAll(List.of("{product}: {category} von {brand}", "{category}, neu gedacht"));
        if (g.has("unlike")) h.add("Besser als {unlike}");
        if (s.promo) {
            h.addAll(List.of("{discount} Rabatt auf {product}", "{product} jetzt für {sale_price}", "Sparen Sie {discount}"));
            if (g.has("code")) h.addAll(List.of("Mit Code {code}: {discount} Rabatt", "Ihr Code: {discount} Rabatt auf {product}"));
            if (g.has("ends")) h.add("{discount} Rabatt bis {ends}");
        }
        if (s.bundle && g.has("savings")) h.add("{product}: {savings} sparen");
        if (g.has("price") && !s.promo) h.add(s.free ? "{product}: {price}" : "{product} für {price}");
        if (g.tone().equals("dringend")) h.add("Letzte Chance: {product}");
        return g.pick(h);
    }

    private String shortHeadline() {
        List<String> h = new ArrayList<>(List.of("{product}", "Neu: {product}", "{product} testen", "{product} ist da",
                "{product} entdecken", "Hallo, {product}"));
        String b = g.benefit();
        if (b != null) h.add(b);
        if (s.promo) h.addAll(List.of("{discount} Rabatt auf {product}", "{discount} Rabatt", "Jetzt {sale_price}",
                "{discount} sparen"));
        if (g.has("code")) h.add("Code {code}: {discount} Rabatt");
        if (g.has("price") && !s.promo) h.add(s.free ? "Preis: {price}" : "Nur {price}");
        if (g.has("savings")) h.add("{savings} sparen");
        h.add("{product} von {brand}");
        return g.pick(h);
    }

    private String subLine() {
        List<String> l = new ArrayList<>();
        String b = g.leadBenefit();
        String offer = offer();
        if (b != null) {
            l.add(b + ".");
            l.add(b + " – von {brand}.");
            l.add("Für Sie gemacht: " + b + ".");
            l.add(b + ". " + close());
            if (offer != null) l.add(b + ". " + offer);
            if (s.benefits.size() > 1) l.add("Alles in einem: " + join(s.benefits, 2) + ".");
            if (!s.features.isEmpty()) l.add(g.feature() + " und mehr: " + b + ".");
        }
        String p = g.pain();
        if (p != null) {
            l.add(p + "? {product} hilft.");
            l.add(p + "? Damit ist jetzt Schluss.");
        }
        if (g.has("need")) l.add("Für alle, die das suchen: {need}.");
        if (g.has("proof")) l.add("{proof}.");
        if (g.has("unlike")) l.add("Besser als {unlike}: {product}.");
        if (g.has("items")) l.add("Im Set: {items}.");
        if (offer != null) l.add(offer + " " + close());
        l.add("{product} von {brand}. " + close());
        l.add("Sehen Sie selbst, warum sich viele für {product} entscheiden.");
        if (s.promo && g.has("code")) l.add("Nutzen Sie {code}, solange es gilt.");
        return g.pick(l);
    }

    private String push(boolean compact) {
        List<String> l = new ArrayList<>();
        String offer = offer();
        String b = g.leadBenefit();
        if (offer != null) l.add(offer + " " + close());
        if (b != null) l.add("{product}: " + b + ". " + close());
        if (!compact && offer != null && b != null) l.add(opener() + " " + b + ". " + offer);
        String p = g.pain();
        if (p != null) l.add(p + "? {product} hilft. " + close());
        l.add("{product} wartet auf Sie. " + close());
        l.add(opener() + " {product} von {brand}. " + close());
        return g.pick(l).strip();
    }

    private String tinyLine() {
        List<String> l = new ArrayList<>(List.of(closeBare(), "Von {brand}", "{product}"));
        if (g.has("code")) l.add("Code {code}");
        if (s.promo) l.addAll(List.of("{discount} Rabatt", "Jetzt {sale_price}"));
        if (!s.features.isEmpty()) l.add(g.feature());
        if (g.has("price") && !s.promo) l.add(s.free ? "Preis: {price}" : "Nur {price}");
        return g.pick(l);
    }

    private String button() {
        List<String> l = new ArrayList<>(List.of("Mehr erfahren", "Jetzt ansehen", "Jetzt starten", "Details ansehen",
                "{product} entdecken", "{product} testen", "Zum Angebot"));
        if (s.promo) l.addAll(List.of("Angebot sichern", "{discount} sparen", "Rabatt sichern"));
        if (g.has("code")) l.add("Code einlösen");
        if (g.objective().equals("retention")) l.add("Wieder dabei sein");
        return g.pick(l);
    }

    private String sms(boolean compact) {
        String lead = g.pick("{brand}: ", "{brand}: ", "");
        List<String> core = new ArrayList<>();
        String offer = offer();
        // Every text names the product, as the English ones do.
        if (offer != null) {
            core.add("{product}: " + offer);
            core.add("{product}. " + offer);
            if (s.promo) core.add("{discount} Rabatt auf {product}" + (g.has("code") ? " mit dem Code {code}." : "."));
        }
        String b = g.leadBenefit();
        if (b != null && (!compact || offer == null)) core.add("{product}: " + b + ".");
        if (!s.pains.isEmpty() && offer == null) core.add(g.pain() + "? Probieren Sie {product}.");
        core.add("{product} ist da.");
        String open = compact ? "" : opener();
        return (lead + (open.isEmpty() ? "" : open + " ") + g.pick(core) + " " + close()).strip();
    }

    private String post(boolean compact, boolean oneLine) {
        List<String> hooks = new ArrayList<>();
        String b = g.leadBenefit();
        String p = g.pain();
        if (p != null) hooks.addAll(List.of(p + "?", "Kennen Sie das: " + p + "?", p + "? Das muss nicht sein."));
        if (b != null) hooks.addAll(List.of("Stellen Sie sich vor: " + b + ".", b + "? Ja, wirklich.", "Wie wäre es damit: " + b + "?"));
        if (g.has("need")) hooks.add("Was zählt: {need}.");
        hooks.add(opener());
        List<String> cores = new ArrayList<>(List.of("Neu: {product}.", "{product} ist da.", "Hier ist {product}."));
        if (b != null) cores.addAll(List.of("{product}: " + b + ".", "Mit {product} heißt es: " + b + "."));
        String features = join(s.features, 2 + g.random().nextInt(2));
        if (features != null && !compact) cores.add("{product}: " + features + ".");
        if (g.has("items") && !compact) cores.add("{product}: {items}.");
        if (g.has("proof") && !compact) cores.add("{proof}.");
        if (g.has("unlike") && !compact) cores.add("Besser als {unlike}: {product}.");
        String offer = offer();
        List<String> parts = new ArrayList<>();
        parts.add(g.pick(hooks));
        parts.add(g.pick(cores));
        if (!compact && s.benefits.size() > 1 && g.random().nextBoolean()) parts.add("Und: " + slot(s.benefits.get(1)) + ".");
        if (offer != null && g.random().nextInt(4) > 0) parts.add(offer);
        parts.add(close());
        String sep = oneLine ? " " : g.pick(" ", "\n");
        return String.join(sep, parts.stream().filter(x -> x != null && !x.isBlank()).toList()).strip();
    }

    private String linkedin(boolean compact) {
        String q = g.pick("", "Daran haben wir gearbeitet.", "Eine kurze Geschichte über {product}.", "Wir haben Neuigkeiten.");
        String body = hookParagraph() + "\n\n" + (compact ? "" : detailParagraph(compact) + "\n\n") + offerParagraph();
        return ((q.isEmpty() || compact ? "" : q + "\n\n") + body).strip();
    }

    private String intro(boolean compact) {
        List<String> open = new ArrayList<>();
        String b = g.leadBenefit();
        String p = g.pain();
        if (b != null) {
            open.add("Manche Dinge machen jeden Tag ein wenig besser. Für viele gehört das dazu: " + b + ".");
            open.add("Viele wünschen sich das: " + b + ". Einfach ist es selten.");
            open.add("Was wäre anders, mit diesem Vorteil: " + b + "?");
        }
        if (p != null) {
            open.add("Kennen Sie das? " + p + ". Das ist häufiger, als man denkt.");
            open.add("Seien wir ehrlich: " + p + ". Das kostet Zeit und Nerven.");
            open.add("Dieser Beitrag ist für alle, die das kennen: " + p + ".");
        }
        if (g.has("need")) open.add("Das sollte nicht schwer sein: {need}. Und doch ist es das oft.");
        if (g.has("category")) open.add("Worauf es ankommt, wenn Sie das suchen: {category}.");
        if (g.has("unlike")) open.add("Lange gab es nur eine Wahl: {unlike}.");
        if (!s.motivations.isEmpty()) open.add("Wir alle wollen das: " + g.motivation() + ".");
        open.add("Bei uns hat sich einiges getan.");
        open.add("Dieser Beitrag ist ein wenig anders.");
        List<String> turn = List.of("In diesem Beitrag zeigen wir, warum – und wie {product} hilft.",
                "Hier erzählen wir, was wir bei der Arbeit an {product} gelernt haben.", "Heute stellen wir Ihnen {product} vor.",
                "Genau hier kommt {product} von {brand} ins Spiel.", "Deshalb gibt es {product}.",
                "So ändert {product} das.", "Unten lesen Sie, was hinter {product} steckt.");
        String tail = compact ? "" : g.pick("", "", "Lesen Sie weiter.", "Es dauert nur ein paar Minuten.", "Los geht's.");
        return join(" ", g.pick(open), g.pick(turn), tail);
    }

    // ---- email paragraphs ---------------------------------------------------------------------

    private String hookParagraph() {
        List<String> hooks = new ArrayList<>();
        String p = g.pain();
        String b = g.leadBenefit();
        String m = g.motivation();
        if (p != null) {
            hooks.addAll(List.of(p + "? Damit sind Sie nicht allein.", "Wir kennen das: " + p + ".",
                    p + "? Dann lesen Sie weiter.", "Viele kennen das nur zu gut: " + p + "."));
            if (s.pains.size() > 1) hooks.add(join(s.pains, 2) + "? Wir verstehen das.");
        }
        if (m != null) hooks.addAll(List.of("Ihnen ist das wichtig: " + m + ". Uns auch.", "Für alle, denen das am Herzen liegt: " + m + "."));
        if (g.has("need")) hooks.add("Das verdient jeder: {need}.");
        if (b != null) hooks.add("Stellen Sie sich vor: " + b + ".");
        hooks.add(opener());
        hooks.add("Es gibt etwas Neues.");
        List<String> intro = new ArrayList<>(List.of("Wir stellen vor: {product} von {brand}.", "Deshalb gibt es {product}.",
                "Hier ist {product}.", "Genau dafür gibt es {product}."));
        if (b != null) intro.addAll(List.of("Mit {product} heißt es: " + b + ".", "Das Ergebnis mit {product}: " + b + ".",
                "{product} bringt Ihnen das: " + b + "."));
        if (g.has("category")) intro.add("{product}: {category} für Ihren Alltag.");
        String more = g.pick("Der Einstieg ist einfach.", "Gemacht für Tage wie Ihre.", "Kein Aufwand, kein Kleingedrucktes.",
                "Wir haben genau zugehört, was Sie brauchen.", "Sie müssen nichts ändern, damit es passt.",
                "Auf die Details haben wir viel Zeit verwendet.", "Das dauert nur eine Minute.",
                "Man fragt sich, wie es vorher ohne ging.");
        String bridge = g.pick("", "Hier lesen Sie, warum sich viele dafür entscheiden.", "Und das ist erst der Anfang.",
                "Lassen Sie sich zeigen, was möglich ist.", "Viele Menschen wie Sie merken schon den Unterschied.");
        return join(" ", g.pick(hooks), g.pick(intro), more, bridge);
    }

    private String detailParagraph(boolean compact) {
        List<String> parts = new ArrayList<>();
        String features = join(s.features, 3);
        if (features != null) {
            parts.add(g.pick("Das Wichtigste: " + features + ".", "Das steckt drin: " + features + ".",
                    "Die Details: " + features + ".", "Was Sie bekommen: " + features + "."));
        }
        if (g.has("items")) parts.add(g.pick("Im Set: {items}.", "Sie bekommen: {items}.", "Im Paket: {items}."));
        if (s.benefits.size() > 1) {
            String second = slot(s.benefits.get(1));
            parts.add(g.pick("Außerdem: " + second + ".", "Dazu kommt: " + second + ".", "Und es gibt noch mehr: " + second + "."));
            if (s.benefits.size() > 2 && !compact) parts.add(g.pick("Plus: " + slot(s.benefits.get(2)) + ".",
                    "Nicht zu vergessen: " + slot(s.benefits.get(2)) + "."));
        } else if (!s.benefits.isEmpty() && parts.isEmpty()) {
            String first = slot(s.benefits.get(0));
            parts.add(g.pick("Darum geht es: " + first + ".", "Das Ergebnis: " + first + "."));
        }
        if (g.has("unlike") && g.random().nextBoolean()) parts.add(g.pick("Besser als {unlike}, und einfacher.",
                "Ein Schritt weiter als {unlike}.", "Die Alternative war lange: {unlike}. Jetzt nicht mehr."));
        if (g.has("proof") && g.random().nextInt(3) > 0) parts.add(g.pick("{proof}.",
                "Verlassen Sie sich nicht nur auf unser Wort: {proof}.", "Warum Sie uns vertrauen können: {proof}."));
        String motivations = join(s.motivations, 2);
        if (s.motivations.size() > 1 && !compact) parts.add("Gemacht für alle, denen das wichtig ist: " + motivations + ".");
        // Few facts make a short paragraph: up to two neutral lines then, one otherwise (or none).
        List<String> neutral = new ArrayList<>(List.of("Das passt in Ihren Alltag.",
                "Sie müssen nichts Neues lernen.", "Alles, was Sie brauchen, und nichts, was Sie nicht brauchen.",
                "Jedes Detail hat seinen Grund.", "Sie merken den Unterschied vom ersten Tag an.",
                "Einfach anzufangen und einfach dabeizubleiben.", "Wir halten es einfach, damit Sie nicht darüber nachdenken müssen.",
                "Auf die Details haben wir viel Zeit verwendet.", "Das funktioniert so, wie Sie ohnehin arbeiten."));
        Collections.shuffle(neutral, g.random());
        int lines = parts.size() < 2 ? 2 : parts.size() < 3 || g.random().nextBoolean() ? 1 : 0;
        parts.addAll(neutral.subList(0, lines));
        if (g.has("category") && g.random().nextInt(3) == 0) parts.add(g.pick("{category}, wie es sein soll.",
                "{category}, neu gedacht."));
        return String.join(" ", parts);
    }

    private String offerParagraph() {
        String offer = offer();
        String lead = g.pick("", "Das Beste zum Schluss: ", "Gutes Timing: ", "Noch etwas: ", "Bereit? ");
        String urgency = g.has("ends") && g.random().nextBoolean() ? " " + g.pick("Warten Sie nicht zu lange.", "Die Zeit läuft.") : "";
        String reassure = g.random().nextInt(3) == 0 ? g.pick("Das dauert nur eine Minute.",
                "Fragen? Antworten Sie einfach auf diese Nachricht.", "Wir freuen uns auf Ihre Meinung.",
                "Ganz ohne Verpflichtung.") + " " : "";
        return (offer == null ? "" : lead + offer + urgency + " ") + reassure + close();
    }

    // ---- long copy: blog sections, the close, landing blocks ------------------------------------

    private static final int SECTION_WORDS = 88;
    private static final int COMPACT_SECTION_WORDS = 82;

    private String section(String topic, boolean compact) {
        List<String> facts = new ArrayList<>();
        List<String> neutral = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        switch (topic) {
            case "pains" -> {
                heads.addAll(List.of("Kommt Ihnen das bekannt vor?", "Was im Weg steht", "Das alltägliche Problem",
                        "Wo es anfängt", "Der alte Weg"));
                if (!s.pains.isEmpty()) {
                    String p0 = slot(s.pains.get(0));
                    heads.addAll(List.of(p0 + "? Damit sind Sie nicht allein", "Reden wir darüber: " + p0));
                    facts.add(g.pick("Viele kennen das nur zu gut: " + p0 + ".", "Wir hören es immer wieder: " + p0 + ".",
                            "Seien wir ehrlich: " + p0 + ".", p0 + "? Dann sind Sie in guter Gesellschaft."));
                    if (s.pains.size() > 1) facts.add(g.pick("Und dann ist da noch das: " + slot(s.pains.get(1)) + ".",
                            "Dazu kommt: " + slot(s.pains.get(1)) + "."));
                    if (s.pains.size() > 2) facts.add("Ganz zu schweigen davon: " + slot(s.pains.get(2)) + ".");
                }
                if (g.has("unlike")) facts.add(g.pick("Lange blieb nur eine Wahl: {unlike}.", "Die meisten begnügen sich mit dem Üblichen: {unlike}."));
                if (g.has("need")) facts.add(g.pick("Dabei ist der Wunsch einfach: {need}.", "Was Menschen wollen, ist einfach: {need}."));
                neutral.addAll(List.of("Die meisten nehmen das hin, weil es lange keine bessere Möglichkeit gab.",
                        "Das kostet Zeit, das kostet Kraft, und das hält von dem ab, was zählt.",
                        "Es fängt klein an, und dann ist es jeden Tag da.", "Nichts davon muss so bleiben.",
                        "Fragen Sie herum, und Sie hören dieselbe Geschichte.", "Darum herum arbeiten sollte niemand müssen.",
                        "Über eine Woche, einen Monat, ein Jahr summiert sich das.", "Das haben wir alle schon erlebt.",
                        "Man denkt leicht, das sei eben so.", "Die gute Nachricht: Das lässt sich ändern.",
                        "Niemand plant damit, und doch kommt es immer wieder.",
                        "Oft merkt man erst, wie sehr das stört, wenn es vorbei ist."));
                String b = g.leadBenefit();
                facts.add(b != null && g.random().nextBoolean()
                        ? g.pick("{product} ändert das: " + b + ".", "Genau hier kommt {product} ins Spiel: " + b + ".",
                        "Deshalb gibt es {product}: " + b + ".")
                        : g.pick("Genau diese Lücke schließt {product}.", "Genau hier kommt {product} ins Spiel.",
                        "Deshalb gibt es {product}.", "Deshalb hat {brand} {product} entwickelt."));
            }
            case "benefits" -> {
                boolean after = g.formula().equals("bab");
                heads.addAll(List.of("Was sich mit {product} ändert", "Der Unterschied, den Sie merken",
                        "Warum sich viele für {product} entscheiden", "Was Sie davon haben"));
                String b = g.leadBenefit();
                if (b != null) heads.add(b + " – mit {product}");
                if (after && b != null) heads.addAll(List.of("Stellen Sie sich vor: " + b, "Nach dem Wechsel: " + b));
                if (!s.benefits.isEmpty()) {
                    String b0 = slot(s.benefits.get(0));
                    facts.add(after ? g.pick("Stellen Sie sich vor: " + b0 + ".", "Malen Sie es sich aus: " + b0 + ".",
                            "Nach dem Wechsel heißt es: " + b0 + ".")
                            : g.pick("Mit {product} heißt das: " + b0 + ".", "Das Erste, was Sie merken: " + b0 + ".",
                            "{product} ist um eine Idee herum gebaut: " + b0 + "."));
                    if (s.benefits.size() > 1) facts.add(g.pick("Außerdem: " + slot(s.benefits.get(1)) + ".",
                            "Dazu kommt: " + slot(s.benefits.get(1)) + ".", "Und es gibt noch mehr: " + slot(s.benefits.get(1)) + "."));
                    if (s.benefits.size() > 2) facts.add(g.pick("Plus: " + slot(s.benefits.get(2)) + ".",
                            "Nicht zu vergessen: " + slot(s.benefits.get(2)) + "."));
                } else {
                    facts.add(g.pick("Genau dafür ist {product} da.", "{product} macht es einfach."));
                }
                if (!s.motivations.isEmpty()) {
                    String m = slot(s.motivations.get(0));
                    facts.add(g.pick("Gemacht für alle, denen das wichtig ist: " + m + ".",
                            "Ist Ihnen das wichtig: " + m + "? Dann ist {product} für Sie gemacht."));
                }
                neutral.addAll(List.of("Das klingt einfach, und das ist es auch.", "Kleine Veränderungen wie diese summieren sich.",
                        "Das passt in Ihren Tag, statt ihn zu bestimmen.", "Sie müssen nichts Neues lernen.",
                        "Genau darum geht es.", "Sie merken den Unterschied vom ersten Tag an.",
                        "Das funktioniert so, wie Sie ohnehin arbeiten.", "Das Beste: Sie müssen kaum etwas ändern.",
                        "Man fragt sich, wie es vorher ohne ging.",
                        "Alles, was Sie brauchen, und nichts, was Sie nicht brauchen.", "Der Alltag wird einfacher."));
            }
            case "features" -> {
                heads.addAll(List.of("So funktioniert es", "Was Sie bekommen", "Ein genauer Blick auf {product}", "Die Details",
                        "Was dazugehört"));
                if (g.has("category")) heads.add("{category}, wie es sein soll");
                if (!s.features.isEmpty()) {
                    facts.add(g.pick("Es beginnt damit: " + slot(s.features.get(0)) + ".", "Zuerst: " + slot(s.features.get(0)) + ".",
                            "Bei {product} dabei: " + slot(s.features.get(0)) + "."));
                    if (s.features.size() > 1) facts.add(g.pick("Dann: " + slot(s.features.get(1)) + ".",
                            "Ebenfalls dabei: " + slot(s.features.get(1)) + "."));
                    if (s.features.size() > 2) facts.add(g.pick("Und dazu, weil die Details zählen: " + slot(s.features.get(2)) + ".",
                            "Damit ist das Bild komplett: " + slot(s.features.get(2)) + "."));
                }
                if (g.has("items")) facts.add(g.pick("Im Set: {items}.", "Sie bekommen: {items}.", "Im Paket: {items}."));
                if (g.has("category")) facts.add(g.pick("{category}, wie es sein soll.", "{category}, neu gedacht."));
                if (facts.isEmpty()) facts.add("{product} hält es einfach.");
                neutral.addAll(List.of("Jedes Teil hat seinen Grund.", "Nichts ist nur zur Show da.",
                        "Der Einstieg dauert ein paar Minuten.", "Sie brauchen nichts weiter, um anzufangen.",
                        "Jedes Detail ist mit Sorgfalt gewählt.", "Mehr braucht es nicht.",
                        "Einfach anzufangen und einfach dabeizubleiben.", "Sie müssen nichts herausfinden.",
                        "Wir haben es einfach gehalten, damit Sie nicht darüber nachdenken müssen.",
                        "In den Details liegt der Unterschied.",
                        "Alles ist darauf ausgelegt, dass Sie schnell loslegen können.",
                        "Was nicht gebraucht wird, haben wir weggelassen.",
                        "Sie sehen auf einen Blick, was dazugehört.",
                        "Das spart Zeit, jeden Tag aufs Neue."));
            }
            case "proof" -> {
                heads.addAll(List.of("Warum Sie vertrauen können", "Verlassen Sie sich nicht nur auf unser Wort", "Der Beweis",
                        "Warum es funktioniert", "Warum viele {product} vertrauen", "Überzeugen Sie sich selbst"));
                if (g.has("proof")) facts.add(g.pick("{proof}.", "Ein Fakt, der zählt: {proof}.", "Warum vertrauen? {proof}."));
                if (g.has("unlike")) facts.add(g.pick("Ein Schritt weiter als {unlike}.", "Besser als {unlike}, und einfacher."));
                facts.add(g.pick("{brand} steht hinter {product}.", "Das ist das Versprechen von {brand}."));
                neutral.addAll(List.of("Wir zeigen lieber, als zu erzählen.", "Darauf sind wir stolz.",
                        "Und wir arbeiten weiter daran, noch besser zu werden.", "Am besten urteilen Sie selbst.",
                        "Sehen Sie selbst.", "Die Fakten sprechen für sich.",
                        "Vertrauen muss man sich verdienen, und das nehmen wir ernst.",
                        "Wir haben die Arbeit gemacht, damit Sie sie nicht machen müssen.",
                        "Wir nehmen Rückmeldungen ernst und lernen jeden Tag dazu.",
                        "Fragen Sie ruhig nach, wir erklären gern, wie wir arbeiten.",
                        "Gute Arbeit zeigt sich im Alltag, nicht in großen Worten.",
                        "Viele kommen über eine Empfehlung zu uns, und darüber freuen wir uns.",
                        "Was wir versprechen, können Sie nachprüfen."));
            }
            default -> {
                heads.addAll(List.of("So fangen Sie an", "Der Einstieg", "Ihr erster Schritt", "Bereit, wenn Sie es sind",
                        "Wo Sie anfangen", "Der Start ist einfach"));
                String offer = offer();
                if (offer != null) facts.add(offer);
                facts.add(g.pick("Der Einstieg mit {product} ist einfach.", "{product} ist bereit, wenn Sie es sind.",
                        "Mit {product} anzufangen dauert eine Minute."));
                neutral.addAll(List.of("Wählen Sie den Moment, der Ihnen passt.", "Sie müssen vorher nichts einrichten.",
                        "Bei Fragen helfen wir gern.", "Der Anfang dauert eine Minute.", "Sie können heute beginnen.",
                        "Kein Aufwand, kein Kleingedrucktes.", "Fangen Sie klein an und sehen Sie, wie es passt.",
                        "Probieren Sie es eine Woche lang aus.",
                        "Der erste Schritt ist der kleinste.", "Sie entscheiden, wie schnell es weitergeht.",
                        "Wir sind da, wenn Sie Hilfe brauchen."));
                if (g.has("cta")) facts.add(g.pick("Bereit? {cta}.", "Wenn Sie so weit sind: {cta}."));
            }
        }
        return CopyGrammar.capitalise(g.pick(heads)) + "\n" + LongCopy.paragraph(g, facts, neutral, compact ? COMPACT_SECTION_WORDS : SECTION_WORDS);
    }

    private String close(boolean compact) {
        List<String> parts = new ArrayList<>();
        String b = g.leadBenefit();
        parts.add(b != null ? g.pick("Kurz gesagt: " + b + " – mit {product}.", "Das ist {product}: " + b + ".",
                "Am Ende zählt eines: " + b + ".")
                : g.pick("Das ist {product} von {brand}.", "Das ist {product}.", "Darum geht es bei {product}."));
        if (!compact) parts.add(g.pick("Wir haben an Menschen wie Sie gedacht.", "Wir hoffen, das gefällt Ihnen so gut wie uns.",
                "Wir freuen uns auf Ihre Meinung.", "Danke fürs Lesen.", "{product} ist da, wenn Sie so weit sind."));
        String offer = offer();
        if (offer != null) parts.add(g.pick("", "Das Beste zum Schluss: ", "Gutes Timing: ") + offer);
        parts.add(g.pick("Das dauert nur eine Minute.", "Ganz ohne Verpflichtung.", "Fragen? Wir helfen gern.",
                "Fangen Sie an, wann es Ihnen passt."));
        parts.add(close());
        return String.join(" ", parts).strip();
    }

    /** A landing page's benefit block: a title line that states the fact, then sentences that refer to it as "das". */
    private String block(String fact, boolean compact) {
        String f = slot(fact);
        String title;
        List<String> text = new ArrayList<>();
        if (fact.startsWith("benefit")) {
            title = g.pick(f, f, "Ihr Vorteil: " + f);
            text.add(g.pick("Genau dafür ist {product} da.", "Mit {product} gehört das zu jedem Tag.",
                    "Das merken viele an {product} als Erstes.", "{product} ist genau darum herum gebaut."));
        } else if (fact.startsWith("feature")) {
            title = g.pick(f, f, f + " inklusive", "Immer dabei: " + f);
            text.add(g.pick("Bei {product} ist das dabei.", "Das gehört bei {product} zum Standard.",
                    "Das bringt {product} von Anfang an mit."));
        } else if (fact.equals("proof")) {
            title = g.pick("Warum Sie vertrauen können", "Der Beweis", "Bewährt", "Geprüft");
            text.add("{proof}.");
        } else if (fact.equals("need")) {
            title = g.pick("Gemacht für: {need}", "Für alle, die das suchen: {need}");
            text.add(g.pick("Genau dafür ist {product} da.", "{product} ist genau dafür gemacht."));
        } else if (fact.equals("category")) {
            title = g.pick("{category}, wie es sein soll", "{category}, neu gedacht");
            text.add(g.pick("Das ist {product} von {brand}.", "So sieht {brand} das."));
        } else {
            title = g.pick("Von {brand}", "{product} von {brand}", "Alles an einem Ort");
            text.add(g.pick("{product} bringt alles zusammen.", "Alles, was Sie brauchen, an einem Ort."));
        }
        List<String> neutral = new ArrayList<>(List.of("Das ist vom ersten Tag an da, ohne Einrichtung.",
                "Das merken Sie beim ersten Mal.", "Das ist eines der Details, die den Unterschied machen.",
                "Keine zusätzlichen Schritte, keine verlorene Zeit.", "Das passt einfach in Ihren Tag.",
                "Das ist einfach, und genau darum geht es.", "Wir haben daran gedacht, weil es zählt.",
                "Das funktioniert so, wie Sie es gewohnt sind.", "Sie müssen nichts herausfinden.",
                "Nichts zu lernen, nichts zu ändern.", "Das funktioniert, Tag für Tag."));
        return LongCopy.block(g, title, text, neutral, compact);
    }

    private static String join(String sep, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isBlank()) continue;
            if (b.length() > 0) b.append(sep);
            b.append(p.strip());
        }
        return b.toString();
    }
}
