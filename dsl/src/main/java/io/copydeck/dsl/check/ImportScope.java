package io.copydeck.dsl.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a spec's imports may read: the root spec's own folder and everything under it, and the
 * folders the user names (`--import-path DIR`). A spec from an untrusted change, checked in CI,
 * must not make the checker read `/etc/shadow` or `../../.env`; so an import must lie under one
 * of these folders both as written and once every symbolic link on its way is followed.
 */
public record ImportScope(List<Path> extraFolders) {
    /** Imports confined to the root spec's folder: the default of every tool that loads specs. */
    public static final ImportScope SPEC_FOLDER = new ImportScope(List.of());

    public ImportScope {
        extraFolders = List.copyOf(extraFolders);
    }

    /** The allowed folders for one root spec, each both as written (absolute) and as its real path. */
    Folders forRoot(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        List<Path> folders = new ArrayList<>();
        folders.add(absolute.getParent() != null ? absolute.getParent() : absolute);
        for (Path extra : extraFolders) folders.add(extra.toAbsolutePath().normalize());
        List<Path> written = new ArrayList<>();
        List<Path> real = new ArrayList<>();
        for (Path folder : folders) {
            written.add(folder);
            real.add(realOrSelf(folder));
        }
        return new Folders(folders.get(0), List.copyOf(written), List.copyOf(real));
    }

    private static Path realOrSelf(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path;   // a folder that does not exist (an in-memory spec): nothing there to follow
        }
    }

    /** The resolved folders: the spec's own first. */
    record Folders(Path specFolder, List<Path> written, List<Path> real) {
        /** Whether a path as written (absolute, normalized) lies under an allowed folder: decided without the disk. */
        boolean allowsWritten(Path target) {
            return under(target, written) || under(target, real);
        }

        /** Whether a path's real location (links followed) lies under an allowed folder's real location. */
        boolean allowsReal(Path realTarget) {
            return under(realTarget, real);
        }

        private static boolean under(Path target, List<Path> folders) {
            for (Path folder : folders) {
                if (target.startsWith(folder)) return true;
            }
            return false;
        }
    }
}
