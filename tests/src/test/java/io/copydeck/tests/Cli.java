package io.copydeck.tests;

import io.copydeck.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** The `copydeck` command line in this process, as the launcher runs it, with its output captured. */
final class Cli {
    record Run(int exit, String out, String err) {}

    private Cli() {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
