package io.copydeck.dsl.format;

import io.copydeck.dsl.syntax.Syntax;

/**
 * The syntax tree as text without positions or layout: two files mean the same exactly when
 * their dumps are equal. The formatter's safety net and its tests compare dumps.
 */
public final class SyntaxDump {
    private SyntaxDump() {}

    public static String dump(Syntax.File file) {
        StringBuilder out = new StringBuilder();
        for (Syntax.Member m : file.members()) member(m, out, "");
        for (Syntax.Comment c : file.comments()) out.append("comment ").append(c.text().stripTrailing()).append('\n');
        return out.toString();
    }

    private static void member(Syntax.Member m, StringBuilder out, String indent) {
        if (m instanceof Syntax.Import imp) {
            out.append(indent).append("import ").append(imp.path().value()).append('\n');
        } else if (m instanceof Syntax.Property p) {
            out.append(indent).append(p.key().text()).append(" =");
            for (Syntax.Value v : p.values()) out.append(' ').append(value(v)).append(';');
            out.append('\n');
        } else if (m instanceof Syntax.Block b) {
            out.append(indent).append(b.kind().text());
            b.labels().forEach(l -> out.append(' ').append(l.text()));
            out.append(" {\n");
            for (Syntax.Member inner : b.members()) member(inner, out, indent + "  ");
            out.append(indent).append("}\n");
        }
    }

    private static String value(Syntax.Value v) {
        if (v instanceof Syntax.Str s) return (s.textBlock() ? "text:" : "str:") + s.value().replace("\n", "\\n");
        if (v instanceof Syntax.Num n) return "num:" + n.value().toPlainString() + (n.unit() == null ? "" : " " + n.unit().text());
        if (v instanceof Syntax.NumRange r) return "range:" + r.from().value() + ".." + r.to().value();
        if (v instanceof Syntax.Percent p) return "pct:" + p.value();
        if (v instanceof Syntax.Date d) return "date:" + d.raw();
        if (v instanceof Syntax.DateRange r) return "dates:" + r.from().raw() + ".." + r.to().raw();
        if (v instanceof Syntax.Name n) return "name:" + n.name();
        if (v instanceof Syntax.Quantity q) return "qty:" + q.item().name() + "x" + q.count().value();
        return v.toString();
    }
}
