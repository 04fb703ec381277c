package io.copydeck.dsl.check;

import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.schema.Schema;
import io.copydeck.dsl.source.SourceRange;
import io.copydeck.dsl.syntax.Syntax;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rules that decide whether a file is shown as a campaign. Its diagnostics echo its
 * lines, so a `.env`, a key file or a config that an import names would be printed line by line.
 * An imported file counts as campaign text only when it follows the language (no syntax error,
 * unclosed string, bad escape or stray character) and holds nothing at its top but imports and
 * blocks of the kinds a file holds (brand, audience, product, campaign). Anything else is one
 * diagnostic at the import, naming where the file stops looking like a campaign, never its text.
 */
final class CampaignShape {
    private static final Set<Code> SYNTAX = EnumSet.of(Code.E001, Code.E002, Code.E003, Code.E004);

    private CampaignShape() {}

    /** Where the file first stops looking like campaign text, or empty when it is campaign text. */
    static Optional<SourceRange> firstStrangeness(Syntax.File file) {
        SourceRange first = null;
        for (Diagnostic d : file.diagnostics()) {
            if (SYNTAX.contains(d.code())) first = earlier(first, d.range());
        }
        for (Syntax.Member member : file.members()) {
            if (member instanceof Syntax.Property property) first = earlier(first, property.range());
            if (member instanceof Syntax.Block block && Schema.get().root().child(block.kind().text()).isEmpty()) {
                first = earlier(first, block.kind().range());
            }
        }
        return Optional.ofNullable(first);
    }

    /**
     * The root spec is named by the user, so a typo in it is shown in full; only a root that is
     * clearly something else (it strays from the language and declares no block of a kind a file
     * holds, like a `.env` or `/etc/passwd` behind a `*.campaign` link) is kept to one line.
     */
    static Optional<SourceRange> clearlyNotACampaign(Syntax.File file) {
        boolean declaresABlock = file.members().stream().anyMatch(m -> m instanceof Syntax.Import
                || m instanceof Syntax.Block b && Schema.get().root().child(b.kind().text()).isPresent());
        return declaresABlock ? Optional.empty() : firstStrangeness(file);
    }

    private static SourceRange earlier(SourceRange a, SourceRange b) {
        return a == null || b.startOffset() < a.startOffset() ? b : a;
    }
}
