package io.copydeck.research;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** `copydeck research --labels`: the {@link Evaluation} of review files against hand labels, as a table. */
public final class ResearchEvaluation {
    private ResearchEvaluation() {}

    /** One row per file and one overall: top-5 pains and praise precision and recall, aspect-sentiment accuracy. */
    public static String table(Research research, List<Path> files, Path labels, Path themes)
            throws IOException, ReviewFileException {
        if (!java.nio.file.Files.isRegularFile(labels)) {
            throw new ReviewFileException(labels + ": no such labels file; see examples/research/labels.csv for its columns");
        }
        return Evaluation.run(research, files, Labels.read(labels), Themes.read(themes)).table();
    }
}
