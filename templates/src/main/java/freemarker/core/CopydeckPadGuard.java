package freemarker.core;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.StringUtil;
import java.util.List;
import java.util.Map;

/**
 * Copydeck's `?left_pad` and `?right_pad` (see {@link CopydeckBounds}): FreeMarker's, but a width
 * past the render's output bound is refused before a character is allocated.
 */
final class CopydeckPadGuard extends BuiltInForString {
    private final boolean left;

    private CopydeckPadGuard(boolean left) {
        this.left = left;
    }

    static void install(Map<String, BuiltIn> table) {
        table.put("left_pad", new CopydeckPadGuard(true));
        table.put("leftPad", new CopydeckPadGuard(true));
        table.put("right_pad", new CopydeckPadGuard(false));
        table.put("rightPad", new CopydeckPadGuard(false));
    }

    @Override
    TemplateModel calculateResult(String s, Environment env) {
        return (TemplateMethodModelEx) args -> pad(s, args, env);
    }

    private TemplateModel pad(String s, List<?> args, Environment env) throws TemplateModelException {
        checkMethodArgCount(args, 1, 2);
        int width = getNumberMethodArg(args, 0).intValue();
        Integer max = CopydeckBounds.maxChars(env);
        if (max != null && width > max) {
            throw new CopydeckBounds.OverBound("?" + key + "(" + width + ") would make a string of " + width
                    + " characters, more than the " + max + " a template may write");
        }
        if (args.size() == 1) return new SimpleScalar(left ? StringUtil.leftPad(s, width) : StringUtil.rightPad(s, width));
        String filling = getStringMethodArg(args, 1);
        if (filling.isEmpty()) throw new TemplateModelException("?" + key + "(...) argument #2 can't be a 0-length string.");
        return new SimpleScalar(left ? StringUtil.leftPad(s, width, filling) : StringUtil.rightPad(s, width, filling));
    }
}
