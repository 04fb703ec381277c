package io.copydeck.eclipse.workbench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * An Eclipse IDE installation made of Maven Central jars: every bundle in a plugins folder and a
 * config.ini that lists them, starts the few that must be started, and runs the IDE application.
 */
final class WorkbenchInstallation {
    /** Bundles that must be active before the application starts, with their start levels. */
    private static final Map<String, Integer> STARTED = Map.of(
            "org.apache.felix.scr", 2, "org.eclipse.equinox.common", 2, "org.eclipse.equinox.event", 2,
            "org.eclipse.core.runtime", 4);
    private static final List<String> BATIK = List.of("batik-css", "batik-util", "batik-constants", "batik-i18n",
            "batik-shared-resources", "xmlgraphics-commons");

    final Path home;
    final Path plugins;
    final Path configuration;
    Path framework;
    Path launcher;

    WorkbenchInstallation(Path home) {
        this.home = home;
        this.plugins = home.resolve("plugins");
        this.configuration = home.resolve("configuration");
    }

    /** Lays the installation out; {@code extra} are our own bundles (the plugin and the test driver). */
    void create(Path mavenJars, List<Path> extra) throws IOException {
        Files.createDirectories(plugins);
        Files.createDirectories(configuration);
        List<Path> bundles = new ArrayList<>();
        List<Path> batik = new ArrayList<>();
        Path sac = null;
        try (Stream<Path> jars = Files.list(mavenJars)) {
            for (Path jar : jars.sorted().toList()) {
                String file = jar.getFileName().toString();
                Optional<String> name = BundleJars.symbolicName(jar);
                if (name.isPresent() && name.get().equals("org.eclipse.osgi")) {
                    // The launcher finds the framework by its Eclipse file name, name_version.jar.
                    framework = Files.copy(jar, plugins.resolve("org.eclipse.osgi_" + version(file) + ".jar"),
                            StandardCopyOption.REPLACE_EXISTING);
                } else if (name.isPresent() && name.get().equals("org.eclipse.equinox.launcher")) {
                    // Not a bundle to install: it starts the framework and, unlike `java -jar
                    // org.eclipse.osgi`, exits the JVM with the application's exit code.
                    launcher = Files.copy(jar, home.resolve("launcher.jar"), StandardCopyOption.REPLACE_EXISTING);
                } else if (name.isPresent()) {
                    bundles.add(copy(jar));
                } else if (BATIK.stream().anyMatch(b -> file.startsWith(b + "-"))) {
                    batik.add(jar);
                } else if (file.startsWith("xml-apis-ext-")) {
                    sac = jar;
                }
            }
        }
        if (sac != null) {
            Path wrapped = plugins.resolve("org.w3c.css.sac_1.3.0.jar");
            BundleJars.wrap(List.of(sac), wrapped, "org.w3c.css.sac", "1.3.0", "1.3.0", "");
            bundles.add(wrapped);
        }
        if (!batik.isEmpty()) {
            Path wrapped = plugins.resolve("org.apache.batik.css_1.19.0.jar");
            BundleJars.wrap(batik, wrapped, "org.apache.batik.css", "1.19.0", "1.19.0",
                    "org.w3c.css.sac;version=\"1.3.0\",org.w3c.css.sac.helpers;version=\"1.3.0\"");
            bundles.add(wrapped);
        }
        for (Path e : extra) bundles.add(copy(e));
        writeConfig(bundles);
    }

    private static String version(String mavenFile) {
        return mavenFile.replaceFirst("^.*-(\\d[^-]*)\\.jar$", "$1");
    }

    private Path copy(Path jar) throws IOException {
        return Files.copy(jar, plugins.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    private void writeConfig(List<Path> bundles) throws IOException {
        List<String> entries = new ArrayList<>();
        for (Path b : bundles) {
            String name = BundleJars.symbolicName(b).orElseThrow();
            Integer level = STARTED.get(name);
            entries.add("reference:file:" + b.toAbsolutePath() + (level == null ? "" : "@" + level + ":start"));
        }
        Properties config = new Properties();
        config.setProperty("osgi.bundles", String.join(",", entries));
        config.setProperty("osgi.bundles.defaultStartLevel", "4");
        config.setProperty("eclipse.application", "org.eclipse.ui.ide.workbench");
        config.setProperty("osgi.instance.area.default", home.resolve("workspace").toUri().toString());
        try (OutputStream out = Files.newOutputStream(configuration.resolve("config.ini"))) {
            config.store(out, "Eclipse 2025-12 from Maven Central, written by WorkbenchIT");
        }
    }
}
