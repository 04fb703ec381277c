package io.copydeck.compiler.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The rule for which files of a build output folder may be read: plain files that are not symbolic links, whose
 * real path lies inside the folder's real path. A build writes plain files only; a link in the folder (an
 * `assets/report.txt` pointing at /etc/shadow, or a linked `assets/`) would make its target's contents part of
 * what is published, so it is refused by name instead of followed.
 */
final class ReadableFiles {
    private final Path dir;
    private final Path realDir;

    ReadableFiles(Path dir) throws BuildOutputException {
        this.dir = dir;
        try {
            this.realDir = dir.toRealPath();
        } catch (IOException e) {
            throw new BuildOutputException(dir + " cannot be read as a build output folder: " + e.getMessage());
        }
    }

    Path dir() {
        return dir;
    }

    /**
     * The file {@code name} under {@code base} (the folder or its assets/), checked against the rule.
     * @param namedIn the file that named it, for the message
     */
    Path file(Path base, String name, Path namedIn) throws BuildOutputException {
        Path resolved = base.resolve(name).normalize();
        String where = namedIn == null ? "" : namedIn + ": names " + name + ", but ";
        if (!resolved.startsWith(base.normalize())) {
            throw new BuildOutputException(namedIn + ": names " + name + ", which is not a file in " + base
                    + " (a build names only its own files)");
        }
        if (Files.isSymbolicLink(resolved)) {
            throw new BuildOutputException(where + resolved + " is a symbolic link, and a build output is read from "
                    + "its own files only, never through a link: replace the link with a copy of the file, or "
                    + "build again into a fresh folder");
        }
        if (!Files.isRegularFile(resolved, LinkOption.NOFOLLOW_LINKS)) {
            throw new BuildOutputException(where + resolved + " is not a file in " + dir);
        }
        try {
            if (!resolved.toRealPath().startsWith(realDir)) {
                throw new BuildOutputException(where + resolved + " lies outside " + dir + " through a symbolic "
                        + "link on its way (a linked folder): a build output is read from its own files only; "
                        + "replace the linked folder with a copy, or build again into a fresh folder");
            }
        } catch (BuildOutputException e) {
            throw e;
        } catch (IOException e) {
            throw new BuildOutputException(where + resolved + " cannot be read: " + e.getMessage());
        }
        return resolved;
    }

    /**
     * The most a file of a build output may hold. A build writes kilobytes per asset (its manifest a few
     * megabytes for thousands of assets); a bigger file was put there by something else, and reading it
     * whole would hold it in memory (and, for publish, send it to the CMS).
     */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    /** A file past {@link #MAX_BYTES}: not one a build wrote. */
    static final class TooLarge extends IOException {
        TooLarge(Path file) {
            super(file + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB, which no file a build writes is: "
                    + "remove it, or build again into a fresh folder");
        }
    }

    /** The bytes of a file {@link #file} allowed; a link swapped in since is not followed. */
    static byte[] bytes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) throw new TooLarge(file);
            return bytes;
        }
    }

    static String text(Path file) throws IOException {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }
}
