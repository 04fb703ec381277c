package io.copydeck.templates;

import io.copydeck.dsl.brief.Brief;
import io.copydeck.dsl.schema.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles an asset's generated fields with its facts into the files a channel needs: email
 * HTML and text with the legal footer and unsubscribe line, SMS with its opt-out, landing page
 * HTML, blog Markdown, social posts with hashtags. HTML layouts (`.ftlh`) escape every value.
 * A `templates/layouts/KIND.EXT.ftl` (or `.ftlh`) beside the spec replaces the built-in one.
 */
public final class LayoutRenderer {
    /** One rendered file of an asset: its extension (`html`, `txt`, `md`) and content. */
    public record RenderedFile(String extension, String content, String template) {}

    private final TemplateEngine engine;

    public LayoutRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The files a channel kind is written as: its {@link io.copydeck.dsl.schema.Compliance#outputs}. */
    public static List<String> extensions(String kind) {
        return Schema.get().channelKind(kind).map(k -> k.compliance().outputs()).orElse(List.of("txt"));
    }

    /** Renders every file of an asset from its brief and its field texts. */
    public List<RenderedFile> render(Brief brief, Map<String, String> fields) throws TemplateFailure {
        String kind = brief.channel().id().kind();
        Map<String, Object> model = new LinkedHashMap<>(TemplateView.of(brief));
        model.put("fields", java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
        List<RenderedFile> files = new ArrayList<>();
        for (String ext : extensions(kind)) {
            String name = templateFor(kind, ext);
            String text = engine.render(name, model).text();
            files.add(new RenderedFile(ext, text, name));
        }
        return files;
    }

    public String templateFor(String kind, String ext) {
        String file = kind + "." + ext + (ext.equals("html") ? ".ftlh" : ".ftl");
        String beside = "templates/layouts/" + file;
        return engine.exists(beside) ? beside : Sandbox.BUILTIN_PREFIX + "layouts/" + file;
    }
}
