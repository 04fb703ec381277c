package io.copydeck.dsl.check;

import io.copydeck.dsl.diag.Code;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.model.Channel;
import io.copydeck.dsl.model.Spec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The rule for a channel's `template:` path, which `check` and the prompt stage both apply: a
 * relative path inside the spec's folder tree (symlinks resolved) to a regular file that is not
 * empty. Names under `builtin/` are the built-in templates, which the template engine resolves.
 * A missing file is E501 (template not found); anything else unusable is E505.
 */
public final class TemplatePath {
    public static final String BUILTIN_PREFIX = "builtin/";

    /** Why a `template:` value cannot be used, with the code to report it under. */
    public record Problem(Code code, String message) {}

    private TemplatePath() {}

    /** The problem with {@code template} as named by channel {@code channel} of a spec in {@code specFolder}, if any. */
    public static Optional<Problem> problem(Path specFolder, String channel, String template) {
        String shown = "template \"" + template + "\" of channel `" + channel + "`";
        if (template.isBlank()) {
            return e505("`template:` of channel `" + channel + "` is empty; name a template file relative to the spec's "
                    + "folder (`templates/" + channel + ".ftl`), or remove `template:` to use the built-in prompts");
        }
        String name = template.replace('\\', '/');
        Path relative;
        try {
            relative = Path.of(name);
        } catch (InvalidPathException e) {
            return e505(shown + " is not a file name: " + e.getReason());
        }
        if (name.startsWith("/") || relative.isAbsolute() || relative.getRoot() != null) {
            return e505(shown + " is an absolute path; name it relative to the spec's folder (" + specFolder + ")");
        }
        if (relative.normalize().startsWith("..")) {
            return e505(shown + " leads out of the spec's folder " + specFolder
                    + "; put the template in that folder or below it");
        }
        if (relative.normalize().toString().replace('\\', '/').startsWith(BUILTIN_PREFIX)) return Optional.empty();
        Path file = specFolder.resolve(relative).normalize();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(new Problem(Code.E501, shown + " not found in " + specFolder
                    + "; paths are relative to the spec's folder"));
        }
        try {
            if (!file.toRealPath().startsWith(specFolder.toRealPath())) {
                return e505(shown + " is a link that leads out of the spec's folder " + specFolder
                        + " (to " + file.toRealPath() + "); put the template itself in that folder");
            }
            if (!Files.isRegularFile(file)) {
                return e505(shown + " is not a regular file (a folder, pipe or device); name a template file");
            }
            if (Files.size(file) == 0) {
                return e505(shown + " is an empty file: the model would read an empty prompt; write the template,"
                        + " or remove `template:` to use the built-in prompts");
            }
        } catch (IOException e) {
            return Optional.of(new Problem(Code.E501, shown + " cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private static Optional<Problem> e505(String message) {
        return Optional.of(new Problem(Code.E505, message));
    }

    /** `check`'s part: each channel's `template:`, against the root spec's folder. */
    static void check(Spec spec, Path rootSpec, List<Diagnostic> out) {
        if (spec.campaign() == null || rootSpec == null) return;
        Path folder = rootSpec.toAbsolutePath().getParent();
        for (Channel channel : spec.campaign().channels()) {
            if (channel.template() == null) continue;
            problem(folder, channel.id(), channel.template()).ifPresent(p ->
                    out.add(new Diagnostic(p.code(), p.message(), channel.where().of("template"))));
        }
    }
}
