package freemarker.core;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.StringUtil;
import java.util.List;

/**
 * Copydeck's `?left_pad` and `?right_pad`: FreeMarker's, but a width past the render's output
 * bound is refused before a character is allocated. `"x"?left_pad(2000000000)` otherwise builds a
 * 2 GB string in one call, which no writer bound or time bound can stop. FreeMarker has no public
 * hook for one built-in, so this class lives in its package to replace the two in its table
 * ({@code BuiltIn.BUILT_INS_BY_NAME}); a test pins that the replacement is in place.
 *
 * <p>The bound is the environment's custom attribute {@link #MAX_CHARS}, which Copydeck's
 * template engine sets to the render's output bound; without it the built-ins behave as FreeMarker's.
 */
public final class CopydeckPadGuard extends BuiltInForString {
    /** The custom attribute that holds the bound (an Integer, in characters). */
    public static final String MAX_CHARS = "io.copydeck.templates.maxChars";

    /** Thrown for a width past the bound; the engine reports it as output too large. */
    public static final class TooWide extends TemplateModelException {
        TooWide(String message) {
            super(message);
        }
    }

    private final boolean left;

    private CopydeckPadGuard(boolean left) {
        this.left = left;
    }

    /** Puts the guarded pads in FreeMarker's table; templates parsed afterwards use them. Idempotent. */
    public static synchronized void install() {
        BuiltIn.BUILT_INS_BY_NAME.put("left_pad", new CopydeckPadGuard(true));
        BuiltIn.BUILT_INS_BY_NAME.put("leftPad", new CopydeckPadGuard(true));
        BuiltIn.BUILT_INS_BY_NAME.put("right_pad", new CopydeckPadGuard(false));
        BuiltIn.BUILT_INS_BY_NAME.put("rightPad", new CopydeckPadGuard(false));
    }

    /** True when the built-in a template's `?left_pad` gets is this guard (for the test that pins it). */
    public static boolean installed() {
        return BuiltIn.BUILT_INS_BY_NAME.get("left_pad") instanceof CopydeckPadGuard
                && BuiltIn.BUILT_INS_BY_NAME.get("rightPad") instanceof CopydeckPadGuard;
    }

    @Override
    TemplateModel calculateResult(String s, Environment env) {
        return (TemplateMethodModelEx) args -> pad(s, args, env);
    }

    private TemplateModel pad(String s, List<?> args, Environment env) throws TemplateModelException {
        checkMethodArgCount(args, 1, 2);
        int width = getNumberMethodArg(args, 0).intValue();
        if (env.getCustomAttribute(MAX_CHARS) instanceof Integer max && width > max) {
            throw new TooWide("?" + key + "(" + width + ") would make a string of " + width
                    + " characters, more than the " + max + " a template may write");
        }
        if (args.size() == 1) return new SimpleScalar(left ? StringUtil.leftPad(s, width) : StringUtil.rightPad(s, width));
        String filling = getStringMethodArg(args, 1);
        if (filling.isEmpty()) throw new TemplateModelException("?" + key + "(...) argument #2 can't be a 0-length string.");
        return new SimpleScalar(left ? StringUtil.leftPad(s, width, filling) : StringUtil.rightPad(s, width, filling));
    }
}
