package io.copydeck.templates;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.TemplateConfigurationFactory;
import freemarker.core.CopydeckBounds;
import freemarker.core.TemplateConfiguration;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.core.TemplateClassResolver;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The FreeMarker configuration every template runs in. Templates are code that users write,
 * so: no class instantiation (`?new`), no `?api`, only plain data (maps, lists, strings,
 * numbers, booleans) in the data model, templates loaded only from the template roots (the
 * spec's folder and the built-ins; FreeMarker refuses names that back out of a root), HTML
 * escaping in `.ftlh` layouts, Markdown escaping in `.md.ftl` layouts ({@link MarkdownOutputFormat}), interruption checks so that a runaway loop can be stopped, and
 * built-ins that refuse to build a string or list past the output bound in one call ({@link CopydeckBounds}).
 */
public final class Sandbox {
    public static final String BUILTIN_PREFIX = io.copydeck.dsl.check.TemplatePath.BUILTIN_PREFIX;

    private Sandbox() {}

    /** A configuration whose template roots are {@code userRoot} (may be null) and the built-ins. */
    public static Configuration configuration(Path userRoot) throws IOException {
        CopydeckBounds.install();
        Configuration cfg = new InterruptibleConfiguration();
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setRecognizeStandardFileExtensions(true); // .ftlh: HTML output format, auto-escaped
        cfg.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
        cfg.setTemplateConfigurations(markdownLayouts());
        cfg.setLocalizedLookup(false);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setNumberFormat("computer");
        List<TemplateLoader> loaders = new ArrayList<>();
        if (userRoot != null && Files.isDirectory(userRoot)) {
            // FileTemplateLoader refuses files whose real path is outside its base (symlinks included).
            loaders.add(new FileTemplateLoader(userRoot.toFile()));
        }
        loaders.add(new ClassTemplateLoader(Sandbox.class, "/io/copydeck/templates"));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        return cfg;
    }

    /** `*.md.ftl` (the blog layout, and a user's replacement for it) renders in the auto-escaping Markdown format. */
    private static TemplateConfigurationFactory markdownLayouts() {
        TemplateConfiguration markdown = new TemplateConfiguration();
        markdown.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        return new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.md.ftl"), markdown);
    }

    /**
     * Adds FreeMarker's thread-interruption checks to every template it loads (includes and
     * imports too), so that interrupting the rendering thread stops even a loop that writes nothing.
     */
    private static final class InterruptibleConfiguration extends Configuration {
        private final Set<Template> checked = Collections.newSetFromMap(new WeakHashMap<>());

        InterruptibleConfiguration() {
            super(Configuration.VERSION_2_3_34);
        }

        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                                    boolean parseAsFTL, boolean ignoreMissing) throws IOException {
            Template t = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
            if (t != null) {
                synchronized (checked) {
                    if (checked.add(t)) _CoreAPI.addThreadInterruptedChecks(t);
                }
            }
            return t;
        }
    }
}
