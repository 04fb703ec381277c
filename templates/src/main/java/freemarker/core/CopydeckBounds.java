package freemarker.core;

import freemarker.template.TemplateModelException;

/**
 * Copydeck's guards on FreeMarker built-ins that build a huge string or list in one call, which
 * no writer bound or time bound can stop: `"x"?left_pad(2000000000)` allocates 2 GB at once, and
 * `(1..2000000000)?join(",")` runs to gigabytes inside one built-in that never looks at the
 * thread's interruption. FreeMarker has no public hook for one built-in, so the guards live in
 * its package and replace entries of its table ({@code BuiltIn.BUILT_INS_BY_NAME}); a test pins
 * that they are in place and that ordinary uses behave as FreeMarker's.
 *
 * <p>The bound is the environment's custom attribute {@link #MAX_CHARS}, which Copydeck's
 * template engine sets to the render's output bound; without it the built-ins behave as FreeMarker's.
 */
public final class CopydeckBounds {
    /** The custom attribute that holds the bound (an Integer, in characters). */
    public static final String MAX_CHARS = "io.copydeck.templates.maxChars";

    /** A built-in call past the bound; the engine reports it as output too large. */
    public static final class OverBound extends TemplateModelException {
        OverBound(String message) {
            super(message);
        }
    }

    private CopydeckBounds() {}

    /** Puts the guards in FreeMarker's table; templates parsed afterwards use them. Idempotent. */
    public static synchronized void install() {
        if (installed()) return;
        CopydeckPadGuard.install(BuiltIn.BUILT_INS_BY_NAME);
        CopydeckSequenceGuard.install(BuiltIn.BUILT_INS_BY_NAME);
    }

    /** True when the built-ins templates get are the guards (for the test that pins it). */
    public static boolean installed() {
        return BuiltIn.BUILT_INS_BY_NAME.get("left_pad") instanceof CopydeckPadGuard
                && BuiltIn.BUILT_INS_BY_NAME.get("rightPad") instanceof CopydeckPadGuard
                && BuiltIn.BUILT_INS_BY_NAME.get("join") instanceof CopydeckSequenceGuard
                && BuiltIn.BUILT_INS_BY_NAME.get("sort_by") instanceof CopydeckSequenceGuard;
    }

    /** The render's bound in characters, or null outside a Copydeck render. */
    static Integer maxChars(Environment env) {
        return env != null && env.getCustomAttribute(MAX_CHARS) instanceof Integer max ? max : null;
    }
}
