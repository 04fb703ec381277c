package io.copydeck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `copydeck` command line: one subcommand per job. */
@Command(name = "copydeck", mixinStandardHelpOptions = true, version = "copydeck 0.1.0",
        description = "Turns a marketing strategy written as a .campaign spec into finished copy.",
        subcommands = {CheckCommand.class, FmtCommand.class, PlanCommand.class, PromptsCommand.class, BuildCommand.class,
                ApproveCommand.class, CorpusCommand.class, io.copydeck.models.cli.ModelCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit codes: 0 clean or warnings only, 1 errors in a spec, 2 usage or I/O problem. */
    public static final int OK = 0;
    public static final int ERRORS = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("copydeck: internal error: " + e
                    + "\nThis is a bug in copydeck, not in your spec; please report it with the command you ran.");
            e.printStackTrace(commandLine.getErr());
            return 3;
        });
        return cli;
    }
}
