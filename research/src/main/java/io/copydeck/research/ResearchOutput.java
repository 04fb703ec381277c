package io.copydeck.research;

import io.copydeck.compiler.AtomicFiles;
import io.copydeck.compiler.OutputFolder;
import io.copydeck.compiler.OutputFolderException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The folder `copydeck research` writes into. The folder checks are a build's ({@link OutputFolder}: never the
 * file-system root, the home folder or the spec's own folder, never through a link); each file is written
 * atomically ({@link AtomicFiles}), and a file already there is replaced only when Copydeck research wrote it
 * (it carries {@link ResearchJson#GENERATOR} or {@link SpecSuggestion#MARK} near its start): the user's own
 * files are never overwritten.
 */
public final class ResearchOutput {
    public static final String JSON = "research.json";
    public static final String REPORT = "report.html";
    /** Where a file's mark must be: research.json and report.html have it in their first lines, a suggested spec in its inserted block. */
    static final int MARK_WINDOW = 1 << 20;

    private final Path out;
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    private ResearchOutput(Path out) {
        this.out = out;
    }

    /** The folder, checked; refuses (with the fix) a folder no Copydeck command may fill. Writes nothing. */
    public static ResearchOutput open(Path out, Path specFolder) throws OutputFolderException {
        OutputFolder.open(out, specFolder, false);
        return new ResearchOutput(out);
    }

    public ResearchOutput add(String name, byte[] content) {
        files.put(name, content);
        return this;
    }

    /** Checks every file first, then writes them: a refusal leaves the folder as it was. */
    public void write() throws IOException {
        for (String name : files.keySet()) {
            Path file = out.resolve(name);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) continue;
            if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new ResearchOutputException(file + " is a link or not a regular file; research writes only plain "
                        + "files it wrote itself: choose another --out");
            }
            if (!ours(file)) {
                throw new ResearchOutputException(file + " exists and Copydeck research did not write it; it is never "
                        + "overwritten: move it away or choose another --out");
            }
        }
        Files.createDirectories(out);
        for (Map.Entry<String, byte[]> e : files.entrySet()) AtomicFiles.write(out.resolve(e.getKey()), e.getValue());
    }

    private static boolean ours(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(MARK_WINDOW);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        return text.contains(ResearchJson.GENERATOR) || text.contains(SpecSuggestion.MARK);
    }

    /** A file in the folder that may not be written: the message says which and what to do. */
    public static final class ResearchOutputException extends IOException {
        ResearchOutputException(String message) {
            super(message);
        }
    }
}
