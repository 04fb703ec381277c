package io.copydeck.dsl.check;

import io.copydeck.dsl.brief.Language;
import io.copydeck.dsl.brief.Phrases;
import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.diag.Fix;
import io.copydeck.dsl.diag.TextEdit;
import io.copydeck.dsl.model.Brand;
import io.copydeck.dsl.model.Campaign;
import io.copydeck.dsl.model.Channel;
import io.copydeck.dsl.model.Discount;
import io.copydeck.dsl.model.Promo;
import io.copydeck.dsl.model.Spec;
import io.copydeck.dsl.source.SourceFile;
import io.copydeck.dsl.source.SourceRange;
import io.copydeck.dsl.syntax.Syntax;
import io.copydeck.dsl.text.EnglishSpelling;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warnings that keep copy lawful and honest, each with a suggested fix: opt-outs, postal
 * addresses, unbacked absolute claims, and "free" without conditions; and, in the same pass over
 * the spec's copy strings, words spelled as the other English spells (W314).
 */
final class ComplianceLints {
    static final String OPT_OUT = "Reply STOP to opt out";

    /** Absolute claims and the softer wording a fix offers instead. */
    private static final Map<String, String> CLAIMS = Map.of(
            "guaranteed", "designed", "best", "great", "#1", "a favourite", "risk-free", "easy to try",
            "number one", "a favourite");
    private static final Pattern CLAIM = Pattern.compile(
            "(?<![\\p{L}\\p{N}_-])(guaranteed|best|risk-free|number one)(?![\\p{L}\\p{N}_-])|#1(?![\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FREE = Pattern.compile("(?<![\\p{L}])free(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Properties whose strings are not copy: lists of banned phrases, the proof itself, paths, URLs. */
    private static final Set<String> NOT_COPY = Set.of("avoid", "proof", "template", "url", "locale", "sku");
    /** Copy strings that are names and codes: "Harbor Bank" is spelled as its owner spells it. */
    private static final Set<String> NAMES = Set.of("name", "code", "hashtags", "title");

    private final Spec spec;
    private final Map<Path, SourceFile> sources;
    private final List<Diagnostic> out;

    ComplianceLints(Spec spec, Map<Path, SourceFile> sources, List<Diagnostic> out) {
        this.spec = spec;
        this.sources = sources;
        this.out = out;
    }

    void check(List<Syntax.File> files) {
        Campaign c = spec.campaign();
        if (c != null) {
            for (Channel ch : c.channels()) {
                if (ch.kind().name().equals("sms")) checkOptOut(ch);
                if (ch.kind().name().equals("email")) checkLegal(c, ch);
            }
            if (c.pricing() != null) c.pricing().promos().forEach(this::checkFree);
        }
        String proof = c != null && c.positioning() != null && c.positioning().proof() != null
                ? c.positioning().proof().toLowerCase(Locale.ROOT) : "";
        Optional<EnglishSpelling.Variant> spelling = c == null || c.locale() == null ? Optional.empty()
                : EnglishSpelling.Variant.of(Locale.forLanguageTag(c.locale()));
        for (Syntax.File file : files) {
            for (Syntax.Member m : file.members()) scanCopy(file.source(), m, proof, spelling);
        }
    }

    private void checkOptOut(Channel ch) {
        boolean hasOptOut = ch.mustInclude().stream().map(s -> s.toLowerCase(Locale.ROOT))
                .anyMatch(s -> s.contains("stop") || s.contains("opt out") || s.contains("opt-out"));
        if (hasOptOut) return;
        String optOut = optOutLine();
        SourceFile source = sources.get(ch.where().range().file());
        TextEdit edit = ch.where().has("must_include")
                ? insertAt(source, ch.where().of("must_include").endOffset(), ", \"" + optOut + "\"")
                : Edits.insertBeforeClose(source, ch.where().range(), "must_include: \"" + optOut + "\"");
        out.add(new Diagnostic(Code.W401, "text messages need an opt-out: add \"" + optOut + "\" to `must_include`",
                header(ch), new Fix("Add \"" + optOut + "\"", List.of(edit))));
    }

    /** The opt-out line in the campaign's language (the SMS layout's), without its full stop. */
    private String optOutLine() {
        Campaign c = spec.campaign();
        if (c == null || c.locale() == null) return OPT_OUT;
        String line = Phrases.of(Language.orEnglish(Locale.forLanguageTag(c.locale()))).word("opt_out");
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    private void checkLegal(Campaign c, Channel ch) {
        if (c.brand() == null) return;
        Brand brand = spec.brands().stream().filter(b -> b.id().equals(c.brand().name())).findFirst().orElse(null);
        if (brand == null || brand.legal() != null) return;
        SourceFile source = sources.get(brand.where().range().file());
        out.add(new Diagnostic(Code.W402, "emails must carry a postal address: brand `" + brand.id() + "` has no "
                + "`legal` footer", header(ch), new Fix("Add `legal:` to brand " + brand.id(),
                List.of(Edits.insertBeforeClose(source, brand.where().range(),
                        "legal: \"" + brand.name() + ", street, city, postal code\"")))));
    }

    private void checkFree(Promo promo) {
        if (promo.conditions() != null && !promo.conditions().isBlank()) return;
        boolean full = promo.discount() instanceof Discount.PercentOff p && p.percent().compareTo(BigDecimal.valueOf(100)) == 0;
        boolean saysFree = promo.code() != null && FREE.matcher(promo.code()).find()
                || promo.id() != null && promo.id().toLowerCase(Locale.ROOT).contains("free");
        if (!full && !saysFree) return;
        SourceFile source = sources.get(promo.where().range().file());
        out.add(new Diagnostic(Code.W404, "promo `" + promo.id() + "` offers something free without conditions: state "
                + "them in `conditions:`", promo.where().header(), new Fix("Add `conditions:`",
                List.of(Edits.insertBeforeClose(source, promo.where().range(),
                        "conditions: \"while stocks last, one per customer\"")))));
    }

    private void scanCopy(SourceFile source, Syntax.Member member, String proof,
                          Optional<EnglishSpelling.Variant> spelling) {
        if (member instanceof Syntax.Block b) {
            for (Syntax.Member m : b.members()) scanCopy(source, m, proof, spelling);
        } else if (member instanceof Syntax.Property p && !NOT_COPY.contains(p.key().text())) {
            for (Syntax.Value v : p.values()) {
                if (!(v instanceof Syntax.Str s)) continue;
                scanString(source, s, proof);
                if (!NAMES.contains(p.key().text())) spelling.ifPresent(variant -> scanSpelling(source, s, variant));
            }
        }
    }

    /** A word of a copy string spelled the other English's way, with the locale's spelling as the fix. */
    private void scanSpelling(SourceFile source, Syntax.Str s, EnglishSpelling.Variant variant) {
        for (EnglishSpelling.Foreign f : EnglishSpelling.foreign(s.raw(), variant)) {
            int start = s.range().startOffset() + f.start();
            SourceRange at = source.range(start, start + f.word().length());
            out.add(new Diagnostic(Code.W314, "\"" + f.word() + "\" is " + (variant == EnglishSpelling.Variant.GB
                    ? "American" : "British") + " spelling; the campaign's locale writes \"" + f.respelled()
                    + "\" (the copy keeps your spelling of facts, so it would mix both)", at,
                    Fix.replace("Change to \"" + f.respelled() + "\"", at, f.respelled())));
        }
    }

    private void scanString(SourceFile source, Syntax.Str s, String proof) {
        Matcher m = CLAIM.matcher(s.raw());
        while (m.find()) {
            String claim = m.group().toLowerCase(Locale.ROOT);
            if (proof.contains(claim)) continue;
            int start = s.range().startOffset() + m.start();
            SourceRange at = source.range(start, start + m.group().length());
            String softer = CLAIMS.get(claim);
            out.add(new Diagnostic(Code.W403, "\"" + m.group() + "\" is an absolute claim; back it in the positioning's "
                    + "`proof`, or soften it", at, Fix.replace("Change to \"" + softer + "\"", at, softer)));
        }
    }

    private static TextEdit insertAt(SourceFile source, int offset, String text) {
        return new TextEdit(source.range(offset, offset), text);
    }

    private static SourceRange header(Channel ch) {
        return ch.where().header();
    }
}
