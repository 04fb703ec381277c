package io.copydeck.dsl;

import io.copydeck.dsl.model.Ref;
import io.copydeck.dsl.model.Where;
import io.copydeck.dsl.schema.ChannelKind;
import io.copydeck.dsl.source.SourceRange;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/** A model as text without source positions: two specs mean the same when their dumps are equal. */
public final class ModelDump {
    private ModelDump() {}

    public static String dump(Object node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(Object node, StringBuilder out) {
        if (node == null) {
            out.append("null");
        } else if (node instanceof Ref r) {
            out.append("@").append(r.name());
        } else if (node instanceof ChannelKind k) {
            out.append(k.name());
        } else if (node instanceof Collection<?> c) {
            out.append('[');
            for (Object o : c) {
                write(o, out);
                out.append(',');
            }
            out.append(']');
        } else if (node instanceof Map<?, ?> m) {
            out.append('{');
            m.forEach((k, v) -> {
                out.append(k).append('=');
                write(v, out);
                out.append(',');
            });
            out.append('}');
        } else if (node.getClass().isRecord()) {
            out.append(node.getClass().getSimpleName()).append('(');
            for (RecordComponent rc : node.getClass().getRecordComponents()) {
                if (rc.getType() == Where.class || rc.getType() == SourceRange.class) continue;
                out.append(rc.getName()).append('=');
                try {
                    write(rc.getAccessor().invoke(node), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                out.append(' ');
            }
            out.append(')');
        } else {
            out.append(node);
        }
    }
}
