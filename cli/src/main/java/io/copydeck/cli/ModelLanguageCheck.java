package io.copydeck.cli;

import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.model.Campaign;
import io.copydeck.dsl.model.Spec;
import io.copydeck.models.ModelException;
import io.copydeck.models.ModelLanguages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the chosen model writes the campaign's language (its folder declares which it writes:
 * {@link ModelLanguages}). A `fr-FR` campaign with an English model gets English copy; `check`
 * says so before anything is built (W315), and the build says so in its summary, instead of
 * writing English silently.
 */
final class ModelLanguageCheck {
    private ModelLanguageCheck() {}

    /** The warning for the spec's campaign, when the model at {@code modelDir} does not write its language. */
    static Optional<Diagnostic> warning(Spec spec, Path modelDir) {
        Campaign campaign = spec.campaign();
        if (campaign == null || campaign.locale() == null || modelDir == null) return Optional.empty();
        Optional<String> note = note(Locale.forLanguageTag(campaign.locale()), modelDir);
        return note.map(n -> new Diagnostic(Code.W315, n, campaign.where().of("locale")));
    }

    /** What to tell the user when the model does not write the locale's language; empty when it does. */
    static Optional<String> note(Locale locale, Path modelDir) {
        Path config = modelDir.resolve("config.json");
        if (!Files.isRegularFile(config)) return Optional.empty();
        ModelLanguages languages;
        try {
            languages = ModelLanguages.read(config);
        } catch (ModelException e) {
            return Optional.empty(); // the build reports a broken model folder itself
        }
        if (languages.writes(locale)) return Optional.empty();
        return Optional.of("the model (" + modelDir + ") writes " + String.join(", ", languages.codes())
                + (languages.declared() ? "" : " (a GPT-2 folder that declares no languages is taken as English)")
                + ", not `" + locale.getLanguage() + "`: this campaign's copy will be in "
                + (languages.codes().contains("en") ? "English" : languages.codes().get(0))
                + "; use a model that writes `" + locale.getLanguage() + "` (`--model DIR`) or another locale");
    }
}
