package io.copydeck.compiler.rules;

import io.copydeck.dsl.brief.FieldSpec;
import io.copydeck.dsl.brief.SlotRealiser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * `slots`: no brace is left in the text. The model names the brief's facts by slot ({@code {product}},
 * docs/slots.md) and {@link SlotRealiser} realises every slot before the text is cleaned; what it
 * cannot realise it keeps as written: a name that is no slot ({@code {colour}}), a slot whose fact the
 * brief lacks, braces that are no slot. The repair drops each sentence, or list line, that holds one,
 * as a sentence with an unbacked price is dropped: what is left names only the brief's facts. The
 * verifier checks every final text, so no slot, realised or not, reaches what is sent.
 */
public final class SlotsRealised implements CopyRule {
    public static final String ID = "slots";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String requirement(FieldSpec field) {
        return field.name() + " names only facts the brief has";
    }

    /** Line by line, so that one bad item of a list ("- {feature.3}") goes, not the whole list. */
    @Override
    public Optional<String> repair(RuleInput in) {
        List<String> kept = new ArrayList<>();
        for (String line : in.text().split("\n", -1)) {
            String mended = Sentences.drop(line, s -> !check(in.withText(s.text())).isEmpty());
            boolean onlyAMarker = !mended.equals(line) && mended.replaceAll("^[-*•\\s]*(?:[QA]:)?\\s*", "").isEmpty();
            if (!onlyAMarker) kept.add(mended);
        }
        String text = String.join("\n", kept);
        return text.equals(in.text()) ? Optional.empty() : Optional.of(text);
    }

    @Override
    public List<Finding> check(RuleInput in) {
        return SlotRealiser.problems(in.text(), in.brief()).stream()
                .map(p -> new Finding(ID, p.message(), p.start(), p.end())).toList();
    }
}
