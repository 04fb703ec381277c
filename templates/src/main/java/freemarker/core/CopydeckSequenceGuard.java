package freemarker.core;

import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateSequenceModel;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Copydeck's `?join`, `?sequence`, `?sort` and `?sort_by` (see {@link CopydeckBounds}): FreeMarker's
 * own, given a target that refuses a list of more items than the render may write characters.
 * These built-ins walk their whole list inside one call, deaf to the thread's interruption, so
 * `(1..2000000000)?join(",")` otherwise builds gigabytes after its render was stopped.
 */
final class CopydeckSequenceGuard extends BuiltInWithDirectCallOptimization {
    private final Supplier<BuiltIn> original;
    /** FreeMarker's built-in for this call site, made when the parser gives the guard its target. */
    private BuiltIn delegate;
    private boolean directlyCalled;
    private boolean lazy;

    private CopydeckSequenceGuard(Supplier<BuiltIn> original) {
        this.original = original;
    }

    static void install(Map<String, BuiltIn> table) {
        table.put("join", new CopydeckSequenceGuard(BuiltInsForSequences.joinBI::new));
        table.put("sequence", new CopydeckSequenceGuard(BuiltInsForSequences.sequenceBI::new));
        table.put("sort", new CopydeckSequenceGuard(BuiltInsForSequences.sortBI::new));
        table.put("sort_by", new CopydeckSequenceGuard(BuiltInsForSequences.sort_byBI::new));
        table.put("sortBy", new CopydeckSequenceGuard(BuiltInsForSequences.sort_byBI::new));
    }

    @Override
    protected void setTarget(Expression target) {
        super.setTarget(target);
        // The parser calls this on a clone of the table's prototype, after setting the key.
        delegate = original.get();
        delegate.key = key;
        delegate.setTarget(target); // FreeMarker's own set-up of the target (lazy results) happens here
        delegate.target = new Bounded(target, key);
        if (directlyCalled) setDirectlyCalled();
        if (lazy) enableLazilyGeneratedResult();
    }

    // What the parser tells the built-in, it tells FreeMarker's.
    @Override
    protected void setDirectlyCalled() {
        directlyCalled = true;
        if (delegate instanceof BuiltInWithDirectCallOptimization direct) direct.setDirectlyCalled();
    }

    @Override
    void enableLazilyGeneratedResult() {
        lazy = true;
        if (delegate != null) delegate.enableLazilyGeneratedResult();
    }

    /** A copy with an identifier replaced (FreeMarker's lambdas) gets a delegate of its own over the copied target. */
    @Override
    protected Expression deepCloneWithIdentifierReplaced_inner(String name, Expression replacement, ReplacemenetState state) {
        CopydeckSequenceGuard copy = (CopydeckSequenceGuard) super.deepCloneWithIdentifierReplaced_inner(name, replacement, state);
        copy.setTarget(copy.target);
        copy.delegate.copyLocationFrom(this);
        return copy;
    }

    @Override
    TemplateModel _eval(Environment env) throws TemplateException {
        // The parser places the guard after giving it its target; the delegate's messages need that place.
        if (delegate.getTemplate() == null) delegate.copyLocationFrom(this);
        return delegate.eval(env);
    }

    /** The target expression, whose list value may hold at most the render's bound in items. */
    private static final class Bounded extends Expression {
        private final Expression inner;
        private final String builtIn;

        Bounded(Expression inner, String builtIn) {
            this.inner = inner;
            this.builtIn = builtIn;
            copyLocationFrom(inner);
        }

        @Override
        TemplateModel _eval(Environment env) throws TemplateException {
            TemplateModel value = inner.eval(env);
            Integer max = CopydeckBounds.maxChars(env);
            // A right-unbounded range keeps FreeMarker's own message ("infinitely long").
            if (max != null && value instanceof TemplateSequenceModel list && !(value instanceof RightUnboundedRangeModel)
                    && list.size() > max) {
                throw new CopydeckBounds.OverBound("?" + builtIn + " of a list of " + list.size() + " items: more than the "
                        + max + " characters a template may write");
            }
            return value;
        }

        @Override
        boolean isLiteral() {
            return false;
        }

        @Override
        protected Expression deepCloneWithIdentifierReplaced_inner(String name, Expression replacement,
                                                                   ReplacemenetState state) {
            return new Bounded(inner.deepCloneWithIdentifierReplaced(name, replacement, state), builtIn);
        }

        @Override
        public String getCanonicalForm() {
            return inner.getCanonicalForm();
        }

        @Override
        String getNodeTypeSymbol() {
            return inner.getNodeTypeSymbol();
        }

        @Override
        int getParameterCount() {
            return inner.getParameterCount();
        }

        @Override
        Object getParameterValue(int idx) {
            return inner.getParameterValue(idx);
        }

        @Override
        ParameterRole getParameterRole(int idx) {
            return inner.getParameterRole(idx);
        }
    }

}
