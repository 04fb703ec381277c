package io.copydeck.templates;

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

    /** The files each channel kind is written as. */
    static final Map<String, List<String>> OUTPUTS = outputs();

    private final TemplateEngine engine;

    public LayoutRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    public static List<String> extensions(String kind) {
        return OUTPUTS.getOrDefault(kind, List.of("txt"));
    }

    /** Renders every file of an asset of {@code kind} from a job's data model and the asset's field texts. */
    public List<RenderedFile> render(String kind, Map<String, Object> data, Map<String, String> fields)
            throws TemplateFailure {
        Map<String, Object> model = new LinkedHashMap<>(data);
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

    private static Map<String, List<String>> outputs() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("email", List.of("html", "txt"));
        m.put("landing_page", List.of("html"));
        m.put("blog_post", List.of("md"));
        for (String kind : List.of("sms", "push", "twitter", "linkedin", "instagram", "facebook_ad", "google_ad")) {
            m.put(kind, List.of("txt"));
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
