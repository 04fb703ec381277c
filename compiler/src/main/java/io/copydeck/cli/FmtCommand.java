package io.copydeck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `copydeck fmt FILE...`: rewrite specs in canonical form; `--check` only reports. */
@Command(name = "fmt", mixinStandardHelpOptions = true, description = "Format campaign specs in place.")
public final class FmtCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--check", description = "Do not write; exit 1 if a file is not formatted.")
    boolean check;

    @Override
    public Integer call() {
        return Main.USAGE;
    }
}
