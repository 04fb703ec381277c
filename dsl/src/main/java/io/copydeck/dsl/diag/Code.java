package io.copydeck.dsl.diag;

import static io.copydeck.dsl.diag.Severity.ERROR;
import static io.copydeck.dsl.diag.Severity.WARNING;

/**
 * Every diagnostic's stable code. Codes never change meaning once released: pipelines and
 * editors key on them. The summary is what docs/language.md lists for each code.
 */
public enum Code {
    // Files and syntax
    E001(ERROR, "syntax error: the text does not follow the language's shape"),
    E002(ERROR, "unterminated string, text block or comment"),
    E003(ERROR, "invalid escape sequence in a string"),
    E004(ERROR, "character that has no place in the language"),
    E005(ERROR, "not a valid calendar date"),
    E006(ERROR, "file cannot be read as a campaign (binary, not UTF-8, too large)"),
    W007(WARNING, "empty file"),
    E010(ERROR, "imported file not found or unreadable, outside the allowed folders, over the size budget,"
            + " or not campaign text"),
    E011(ERROR, "import cycle"),
    E012(ERROR, "import after the first block: imports come first"),

    // Schema: what goes where, and of which type
    E101(ERROR, "unknown block kind"),
    E102(ERROR, "unknown property"),
    E103(ERROR, "wrong value type"),
    E104(ERROR, "unknown enum member"),
    E105(ERROR, "missing required property or block"),
    E106(ERROR, "property given twice in one block"),
    E107(ERROR, "duplicate name"),
    E108(ERROR, "unknown channel kind"),
    E109(ERROR, "a list where one value is expected"),
    E110(ERROR, "block not allowed here, or more of them than allowed"),
    E111(ERROR, "block name missing or not expected"),
    E112(ERROR, "value out of its allowed range"),
    E113(ERROR, "unknown currency code"),
    E114(ERROR, "invalid URL"),
    E115(ERROR, "invalid locale tag"),
    E116(ERROR, "unknown unit"),
    E117(ERROR, "invalid hashtag, or hashtags on a channel kind that has none"),
    E118(ERROR, "limit for a field the channel kind does not have"),

    // References
    E201(ERROR, "unknown reference"),
    E202(ERROR, "reference to a block of the wrong kind"),
    E203(ERROR, "more than one campaign"),

    // Campaign logic
    E301(ERROR, "campaign window starts after it ends"),
    E302(ERROR, "promo ends outside the campaign window"),
    W303(WARNING, "promo applies to a product that no channel promotes"),
    W304(WARNING, "bundle price not below the sum of its items"),
    E305(ERROR, "currencies mixed within a campaign"),
    E306(ERROR, "must_include text longer than every field's limit"),
    E307(ERROR, "limit looser than the channel kind's hard limit"),
    W308(WARNING, "limit looser than a recommended or per-segment limit (e.g. multi-part SMS)"),
    E309(ERROR, "channel has no audience (no `audience:` and no positioning `for`)"),
    W310(WARNING, "channel promo does not apply to one of the channel's products (its assets carry no offer)"),
    E311(ERROR, "discount as large as the price"),
    E312(ERROR, "promo discounts a free product"),
    W313(WARNING, "locale in a language Copydeck writes no layouts in (they are English)"),
    W314(WARNING, "copy spelled as the other English spells (color in an en-GB campaign, colour in an en-US one)"),
    W315(WARNING, "the chosen model does not write the campaign's language (its copy will be in the model's)"),

    // Compliance lints
    W401(WARNING, "SMS without an opt-out (\"Reply STOP\")"),
    W402(WARNING, "email without the brand's legal footer (postal address)"),
    W403(WARNING, "absolute claim not backed by the positioning's proof"),
    W404(WARNING, "\"free\" in a promo without conditions"),
    W405(WARNING, "support block without a `handoff`: what an answer says when no declared fact answers"),
    W406(WARNING, "FAQ page channel with no support faq or policy to answer from (only the product's own facts)"),
    W407(WARNING, "FAQ page channel with variants: planned from declared facts, every variant is the same page"),

    // Templates (FreeMarker prompts and layouts, which users may override)
    E501(ERROR, "template not found"),
    E502(ERROR, "template syntax error"),
    E503(ERROR, "template failed while rendering, or tried something the sandbox refuses"),
    E504(ERROR, "template output too large, rendering too slow or using too much memory"),
    E505(ERROR, "`template:` path unusable: empty, absolute, outside the spec's folder, not a regular file, or an empty file");

    private final Severity severity;
    private final String summary;

    Code(Severity severity, String summary) {
        this.severity = severity;
        this.summary = summary;
    }

    public Severity severity() { return severity; }
    public String summary() { return summary; }
}
