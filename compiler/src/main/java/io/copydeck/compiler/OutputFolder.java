package io.copydeck.compiler;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The folder a build writes into, and what of it the build owns (docs/outputs.md, "What a build
 * owns"): manifest.json, index.html and the files the previous build's manifest.json lists. A build
 * writes into a new or empty folder or one an earlier build wrote; it never overwrites a file no build
 * wrote (unless forced), removes only files the previous manifest listed, never writes or deletes
 * through a symbolic link, and refuses the folders no build should fill: a file-system root, the
 * home folder and the spec's folder, or a folder above one of them.
 */
public final class OutputFolder {
    static final String MANIFEST = "manifest.json";
    static final String DECK = "index.html";
    static final String ASSETS = "assets";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path out;
    private final boolean force;
    private final Optional<PreviousManifest> previous;

    private OutputFolder(Path out, boolean force, Optional<PreviousManifest> previous) {
        this.out = out;
        this.force = force;
        this.previous = previous;
    }

    /**
     * The folder, checked: refused (with the file and why) when no build may write there, or when it
     * holds a manifest.json or index.html no build wrote and {@code force} is off. Writes nothing.
     *
     * @param specFolder the folder of the spec being built; null when there is none (tests)
     * @param force take over files no build wrote (a foreign or damaged manifest.json included)
     */
    public static OutputFolder open(Path out, Path specFolder, boolean force) throws OutputFolderException {
        requireFolderOrNothing(out);
        requireNoFolderOfTheUser(out, specFolder);
        Path assets = out.resolve(ASSETS);
        if (Files.isSymbolicLink(assets)) throw throughLink(assets);
        if (Files.exists(assets, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(assets, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputFolderException(assets + " is a file, where a build keeps its assets folder", false);
        }
        Optional<PreviousManifest> previous;
        try {
            previous = PreviousManifest.read(out);
        } catch (OutputFolderException e) {
            if (!force || !e.forcible()) throw e;
            previous = Optional.empty();
        }
        OutputFolder folder = new OutputFolder(out, force, previous);
        folder.claim(List.of(MANIFEST, DECK));
        return folder;
    }

    public Path path() {
        return out;
    }

    public Path assets() {
        return out.resolve(ASSETS);
    }

    /** Refuses, before anything is written, when any of these files (names relative to the folder) may not be written. */
    public void claim(Collection<String> names) throws OutputFolderException {
        for (String name : names) {
            Path file = out.resolve(name);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) continue;
            requirePlainFile(file);
            if (!force && !owns(name)) {
                throw new OutputFolderException(file + " exists and no Copydeck build wrote it ("
                        + (previous.isEmpty() ? "the folder has no Copydeck manifest.json" : "manifest.json does not list it")
                        + "): a build never overwrites a file it did not write", true);
            }
        }
    }

    /**
     * Lists these files in manifest.json before they are written, when the previous manifest does not
     * (a first build, a new asset): a build cut short then leaves only files a manifest lists, which
     * the next build owns, rather than files it would have to refuse. The previous manifest keeps its
     * assets; a folder without one gets a manifest of no assets.
     */
    public void record(Collection<String> names, BuildInfo info) throws IOException {
        Set<String> unlisted = new TreeSet<>(names);
        unlisted.removeIf(this::owns);
        if (unlisted.isEmpty()) return;
        ObjectNode manifest = previous.map(p -> p.json().deepCopy()).orElseGet(() -> {
            ObjectNode first = JSON.createObjectNode();
            first.put("campaign", info.campaign());
            first.put("generator", info.generator());
            first.putArray("assets");
            return first;
        });
        Set<String> listed = new TreeSet<>(previous.map(PreviousManifest::files).orElse(Set.of()));
        listed.addAll(unlisted);
        listed.remove(MANIFEST);
        manifest.putArray("files").addAll(listed.stream().map(manifest::textNode).toList());
        AtomicFiles.write(out.resolve(MANIFEST), JSON.writeValueAsBytes(manifest));
    }

    /** The files the previous build wrote in assets/ and this one does not: regular files, to remove. */
    public List<Path> stale(Set<String> written) {
        List<Path> stale = new ArrayList<>();
        for (String name : previous.map(PreviousManifest::files).orElse(Set.of())) {
            Path file = out.resolve(name);
            if (name.startsWith(ASSETS + "/") && !written.contains(name) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                stale.add(file);
            }
        }
        return stale;
    }

    private boolean owns(String name) {
        return previous.isPresent() && (name.equals(MANIFEST) || name.equals(DECK) || previous.get().files().contains(name));
    }

    /** A file name with no folder in it: what a manifest may list under assets/. */
    static boolean isPlainName(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..")
                && name.chars().noneMatch(c -> c == '/' || c == '\\' || c == 0);
    }

    /** Refuses a link (a build never writes or deletes through one) and anything but a regular file. */
    static void requirePlainFile(Path file) throws OutputFolderException {
        if (Files.isSymbolicLink(file)) throw throughLink(file);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputFolderException(file + " is " + (Files.isDirectory(file) ? "a folder" : "not a regular file")
                    + ", where a build writes a file", false);
        }
    }

    private static OutputFolderException throughLink(Path link) {
        return new OutputFolderException(link + " is a symbolic link, and a build never writes or deletes through a link"
                + " (nothing outside its output folder is touched): remove the link", false);
    }

    /** The folder is one, or nothing yet that could not become one. */
    private static void requireFolderOrNothing(Path out) throws OutputFolderException {
        if (Files.isSymbolicLink(out) && !Files.exists(out)) {
            throw new OutputFolderException("the output folder " + out + " is a symbolic link to nothing", false);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new OutputFolderException("the output folder " + out + " is a file, not a folder", false);
        }
        for (Path above = out.toAbsolutePath().getParent(); above != null; above = above.getParent()) {
            if (!Files.exists(above)) continue;
            if (!Files.isDirectory(above)) {
                throw new OutputFolderException("the output folder " + out + " cannot be made: " + above + " is a file", false);
            }
            return;
        }
    }

    /** Refuses `/`, the home folder and the spec's folder, and any folder above one: a build would fill it with its files. */
    private static void requireNoFolderOfTheUser(Path out, Path specFolder) throws OutputFolderException {
        if (!Files.exists(out)) return;
        Path real;
        try {
            real = out.toRealPath();
        } catch (IOException e) {
            throw new OutputFolderException("the output folder " + out + " cannot be read: " + e.getMessage(), false);
        }
        if (real.getParent() == null) {
            throw refused(out, "is the root of the file system");
        }
        Path home = realFolder(System.getProperty("user.home"));
        if (home != null && home.startsWith(real)) {
            throw refused(out, home.equals(real) ? "is your home folder" : "holds your home folder " + home);
        }
        Path spec = specFolder == null ? null : realFolder(specFolder.toString());
        if (spec != null && spec.startsWith(real)) {
            throw refused(out, spec.equals(real) ? "is the spec's own folder" : "holds the spec's folder " + spec);
        }
    }

    private static OutputFolderException refused(Path out, String what) {
        return new OutputFolderException("the output folder " + out + " " + what + ": a build writes index.html, "
                + "manifest.json and assets/ into its folder, which must be one of its own", false);
    }

    private static Path realFolder(String path) {
        if (path == null || path.isEmpty()) return null;
        try {
            return Path.of(path).toRealPath();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
