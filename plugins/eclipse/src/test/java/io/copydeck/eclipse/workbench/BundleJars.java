package io.copydeck.eclipse.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Reads bundle names from jars and writes bundles: wrapped plain jars and the test driver. */
final class BundleJars {
    private BundleJars() {}

    static Optional<String> symbolicName(Path jar) throws IOException {
        try (JarFile f = new JarFile(jar.toFile())) {
            Manifest m = f.getManifest();
            String name = m == null ? null : m.getMainAttributes().getValue("Bundle-SymbolicName");
            return Optional.ofNullable(name).map(n -> n.split(";")[0].trim());
        }
    }

    /**
     * Merges plain jars into one bundle that exports every package they hold. Maven Central has the
     * batik and SAC jars only without OSGi headers, while the platform's CSS engine requires them as bundles.
     */
    static void wrap(List<Path> jars, Path bundle, String symbolicName, String version, String packageVersion,
                     String imports) throws IOException {
        Set<String> packages = new TreeSet<>();
        Set<String> written = new HashSet<>();
        Manifest manifest = new Manifest();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(bundle), manifest)) {
            for (Path jar : jars) {
                try (JarInputStream in = new JarInputStream(Files.newInputStream(jar))) {
                    for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                        String name = e.getName();
                        if (e.isDirectory() || name.startsWith("META-INF/") || !written.add(name)) continue;
                        if (name.endsWith(".class") && name.contains("/")) {
                            packages.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
                        }
                        out.putNextEntry(new JarEntry(name));
                        in.transferTo(out);
                        out.closeEntry();
                    }
                }
            }
        }
        // The manifest must come first in a jar: write the bundle again with it.
        Attributes a = manifest.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", symbolicName);
        a.putValue("Bundle-Version", version);
        a.putValue("Export-Package", String.join(",", packages.stream()
                .map(p -> p + ";version=\"" + packageVersion + "\"").toList()));
        if (!imports.isEmpty()) a.putValue("Import-Package", imports);
        a.putValue("DynamicImport-Package", "*");
        Path body = bundle.resolveSibling(bundle.getFileName() + ".body");
        Files.move(bundle, body);
        try (JarInputStream in = new JarInputStream(Files.newInputStream(body));
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(bundle), manifest)) {
            for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                out.putNextEntry(new JarEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
        }
        Files.delete(body);
    }

    /** A bundle from a manifest, a plugin.xml and the classes under one package folder. */
    static void build(Path bundle, Path manifest, Path pluginXml, Path classesRoot, String packageFolder)
            throws IOException {
        Manifest m;
        try (InputStream in = Files.newInputStream(manifest)) {
            m = new Manifest(in);
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(bundle), m)) {
            out.putNextEntry(new JarEntry("plugin.xml"));
            Files.copy(pluginXml, out);
            out.closeEntry();
            try (var files = Files.walk(classesRoot.resolve(packageFolder))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    out.putNextEntry(new JarEntry(classesRoot.relativize(f).toString().replace('\\', '/')));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
        }
    }
}
