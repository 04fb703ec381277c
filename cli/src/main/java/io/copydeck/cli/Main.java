package io.copydeck.cli;

import io.copydeck.dsl.text.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `copydeck` command line: one subcommand per job. */
@Command(name = "copydeck", mixinStandardHelpOptions = true, version = "copydeck 0.1.0",
        description = "Turns a marketing strategy written as a .campaign spec into finished copy.",
        subcommands = {CheckCommand.class, FmtCommand.class, PlanCommand.class, PromptsCommand.class, BuildCommand.class,
                EvalCommand.class, AnswerCommand.class, ServeCommand.class,
                ResearchCommand.class,
                ApproveCommand.class, CorpusCommand.class, io.copydeck.models.cli.ModelCommand.class,
                io.copydeck.strapi.InstallContentTypesCommand.class,
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

    /** Runs one command with its output going to the given writers (for hosts that embed the CLI, and tests). */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** `copydeck publish --campaign FILE`: build as `copydeck build FILE` would, into its default folder. */
    static java.nio.file.Path buildForPublish(java.nio.file.Path spec, java.io.PrintWriter out, java.io.PrintWriter err)
            throws Exception {
        var checked = io.copydeck.dsl.check.Checker.check(spec);
        if (checked.hasErrors() || checked.spec().campaign() == null) {
            String shown = Printable.line(spec.toString());
            err.println("copydeck: " + shown + " has errors; run `copydeck check " + shown + "`");
            return null;
        }
        java.nio.file.Path dir = java.nio.file.Path.of("build", "copydeck", checked.spec().campaign().id());
        CommandLine build = configure(new CommandLine(new BuildCommand()));
        build.setOut(out);
        build.setErr(err);
        return build.execute(spec.toString(), "--out", dir.toString()) == OK ? dir : null;
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.addSubcommand(new io.copydeck.strapi.PublishCommand().withBuilder(Main::buildForPublish));
        // After every subcommand is added: picocli's settings reach only the subcommands there are then.
        return configure(cli);
    }

    /**
     * Shared by every command line this CLI builds: enum values in any case, and one exception
     * handler — a {@link CheckedSpec.Stop} ends a command with its exit code (its message is
     * already printed); a file the machine will not let us read or write (permission denied, a
     * full disk, a read-only folder) is the user's environment, said in one line with exit 2;
     * anything else is a bug, reported as one.
     */
    static CommandLine configure(CommandLine cli) {
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli's own messages quote what was typed ("Unknown option: '...'"): escaped like every other echo.
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println(Printable.line(ex.getMessage()));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr())) {
                cmd.getErr().println("Run `" + cmd.getCommandSpec().qualifiedName() + " --help` for its options.");
            }
            cmd.getErr().flush();
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CheckedSpec.Stop stop) return stop.exitCode;
            java.nio.file.FileSystemException fs = fileSystemProblem(e);
            if (fs != null) {
                commandLine.getErr().println("copydeck: error: " + Printable.line(describe(fs)));
                return USAGE;
            }
            commandLine.getErr().println("copydeck: internal error: " + e
                    + "\nThis is a bug in copydeck, not in your spec; please report it with the command you ran.");
            e.printStackTrace(commandLine.getErr());
            return 3;
        });
        return cli;
    }

    /** The file system's refusal behind an exception (itself, or its cause as an unchecked wrapper), or null. */
    private static java.nio.file.FileSystemException fileSystemProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.FileSystemException fs) return fs;
        }
        return null;
    }

    /** "permission denied: build/out/assets/x.json" rather than the exception's class name. */
    static String describe(java.nio.file.FileSystemException e) {
        String what = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                : e instanceof java.nio.file.NotDirectoryException ? "not a folder"
                : e instanceof java.nio.file.FileAlreadyExistsException ? "already exists"
                : e.getReason() != null ? e.getReason() : "cannot use";
        String file = e.getFile() != null ? e.getFile() : "";
        String other = e.getOtherFile() != null ? " (and " + e.getOtherFile() + ")" : "";
        return what + ": " + file + other + "; check the file's permissions and the free space, then run again";
    }
}
