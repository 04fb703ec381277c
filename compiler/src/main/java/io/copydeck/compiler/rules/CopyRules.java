package io.copydeck.compiler.rules;

import io.copydeck.compiler.ConstraintCheck;
import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.model.Length;
import io.copydeck.dsl.model.LengthUnit;
import io.copydeck.dsl.schema.ChannelKind;
import io.copydeck.dsl.schema.Compliance;
import io.copydeck.dsl.schema.Schema;
import io.copydeck.dsl.text.TextMeasure;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every copy rule, listed once: the rules of a field's text and the rules of a finished asset.
 * Selection ({@code FieldSelector}), must-include placement and the verifier
 * ({@code AssetVerifier}) all run these, so a text is chosen by the same rules it is verified by.
 */
public final class CopyRules {
    /** The rules of what a channel kind must carry by law or by the platform ({@link Compliance}). */
    public static final Set<String> COMPLIANCE = Set.of(SmsOptOut.ID, SmsLengthAsSent.ID, LegalFooter.ID, Unsubscribe.ID);

    private static final Compliance NONE = new Compliance(false, false, false, List.of());
    /** The channel kind whose assets are one text message: what is sent is what its limits count. */
    private static final String TEXT_MESSAGE = "sms";

    private final TextMeasure measure;

    public CopyRules(TextMeasure measure) {
        this.measure = measure;
    }

    /**
     * The rules of one field's text, in the order their repairs run: a garbled name is put right
     * before the sentences with unbacked claims are dropped.
     */
    public List<CopyRule> fieldRules(FieldSpec field) {
        List<CopyRule> rules = new ArrayList<>();
        rules.add(new NotEmpty());
        for (Length limit : field.limits()) rules.add(new LengthLimit(measure, limit));
        rules.add(new AvoidedPhrase());
        // Text the spec declares (a channel's `cta`) is the strategist's own words: its names and
        // facts are the brief's by definition, so only the platform's and brand's rules apply.
        if (field.isDeclared()) return rules;
        if (field.minWords() > 0) rules.add(new EnoughWords());
        rules.add(new SlotsRealised());
        rules.add(new NoLoop());
        rules.add(new FactTwice());
        rules.add(new OwnWords());
        rules.add(new OnlyDeclaredNames());
        rules.add(new Grounded());
        rules.add(new LocaleSpelling());
        rules.add(new ComputedFacts());
        rules.add(new TokenSalad());
        rules.add(new SentenceShape());
        return rules;
    }

    /** The rules of a finished asset of the brief's channel: what is sent, as a whole. */
    public List<AssetRule> assetRules(Brief brief, FieldSpec channel) {
        List<AssetRule> rules = new ArrayList<>();
        channel.mustInclude().forEach(phrase -> rules.add(new MustInclude(phrase)));
        rules.add(new NothingSentAvoided());
        Compliance compliance = compliance(brief);
        if (compliance.optOut()) rules.add(new SmsOptOut());
        if (brief.channel().id().kind().equals(TEXT_MESSAGE)) {
            channel.limits().stream().filter(l -> l.unit() == LengthUnit.CHARS).forEach(l -> rules.add(new SmsLengthAsSent(l)));
        }
        if (compliance.legalFooter() && !brief.brand().legalLines().isEmpty()) rules.add(new LegalFooter());
        if (compliance.unsubscribe()) rules.add(new Unsubscribe());
        return rules;
    }

    public List<ConstraintCheck> check(RuleInput in) {
        List<ConstraintCheck> checks = new ArrayList<>();
        for (CopyRule rule : fieldRules(in.field())) {
            checks.add(ConstraintCheck.of(rule.id(), in.field().name(), rule.requirement(in.field()), rule.check(in)));
        }
        return checks;
    }

    public List<ConstraintCheck> check(AssetInput in) {
        List<ConstraintCheck> checks = new ArrayList<>();
        for (AssetRule rule : assetRules(in.brief(), in.channel())) {
            checks.add(ConstraintCheck.of(rule.id(), null, rule.requirement(), rule.check(in)));
        }
        return checks;
    }

    /** The text with every rule's repair made, in the rules' order. */
    public String repair(RuleInput in) {
        RuleInput current = in;
        for (CopyRule rule : fieldRules(in.field())) {
            current = current.withText(rule.repair(current).orElse(current.text()));
        }
        return current.text();
    }

    public boolean withinLimits(String text, FieldSpec field) {
        return measure.fitsAll(text, field.limits());
    }

    public static boolean allHardOk(List<ConstraintCheck> checks) {
        return checks.stream().allMatch(c -> c.ok() || !c.hard());
    }

    /** What every asset of the brief's channel kind must carry. */
    public static Compliance compliance(Brief brief) {
        return Schema.get().channelKind(brief.channel().id().kind()).map(ChannelKind::compliance).orElse(NONE);
    }
}
