package io.copydeck.compiler;

import java.io.IOException;

/**
 * A build refused its output folder, before writing anything: the message names the file and why.
 * {@link #forcible()} tells the caller which fix to offer: a file Copydeck did not write can be taken
 * over with `--force` (Maven: {@code <force>}); what no build may touch (a link, a file where a folder
 * goes, `/`, the home folder, the spec's folder) only by choosing another folder.
 */
public final class OutputFolderException extends IOException {
    private final boolean forcible;

    OutputFolderException(String message, boolean forcible) {
        super(message);
        this.forcible = forcible;
    }

    public boolean forcible() {
        return forcible;
    }

    /**
     * The message with the fix, in the words of the command: {@code outOption} names its output folder,
     * {@code forceOption} its way to take a folder over (null for a command that has none).
     */
    public String withFix(String outOption, String forceOption) {
        if (!forcible) return getMessage() + "; choose another " + outOption;
        return getMessage() + "; choose another " + outOption + ", move the file away"
                + (forceOption == null ? "" : ", or pass " + forceOption + " to let the build take the folder over");
    }
}
