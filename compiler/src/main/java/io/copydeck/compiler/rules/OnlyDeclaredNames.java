package io.copydeck.compiler.rules;

import io.copydeck.dsl.brief.FieldSpec;
import java.util.List;
import java.util.Optional;

/**
 * `declared-names`: every name in the text is one the brief declares ({@link DeclaredNames}). The
 * repair puts the product's name where the model garbled it, then drops each sentence that still
 * names something nobody declared.
 */
public final class OnlyDeclaredNames implements CopyRule {
    public static final String ID = "declared-names";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String requirement(FieldSpec field) {
        return field.name() + " names only what the brief declares";
    }

    @Override
    public List<Finding> check(RuleInput in) {
        return in.facts().names().invented(in.text(), ID);
    }

    @Override
    public Optional<String> repair(RuleInput in) {
        String renamed = in.facts().names().repair(in.text());
        String kept = dropSentencesWithFindings(in.withText(renamed)).orElse(renamed);
        return kept.equals(in.text()) ? Optional.empty() : Optional.of(kept);
    }
}
