package io.copydeck.strapi;

import io.copydeck.compiler.output.BuildOutput;
import io.copydeck.compiler.output.BuildOutputException;
import io.copydeck.compiler.output.BuildOutputReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `copydeck publish --to strapi --url URL --from OUTPUT_DIR`: a build's assets as drafts in Strapi 5. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Publish a build's assets to a CMS as drafts: editors decide what goes live.",
                "Idempotent: unchanged assets are not written; changed ones update their draft; a rerun after an "
                        + "interruption finishes the job without duplicates.",
                "The API token comes from the environment variable " + PublishCommand.TOKEN_ENV + "."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every asset is in the CMS", "1:some assets failed (see the summary)",
                "2:usage problem: options, token, or the --from folder"})
public final class PublishCommand implements Callable<Integer> {
    public static final String TOKEN_ENV = "COPYDECK_STRAPI_TOKEN";
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @Option(names = "--to", required = true, paramLabel = "CMS", description = "the CMS; supported: strapi")
    String to;

    /** Text, not a URI: picocli's own conversion error would quote a password in it. See {@link StrapiUrl}. */
    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "the Strapi server's root URL, e.g. http://127.0.0.1:1337")
    String url;

    @Option(names = "--from", paramLabel = "OUTPUT_DIR",
            description = "a `copydeck build` output folder (manifest.json and assets/)")
    Path from;

    @Option(names = "--campaign", paramLabel = "FILE",
            description = "build this spec first (as `copydeck build FILE` would), then publish its output")
    Path campaign;

    @Option(names = "--prune",
            description = "remove the drafts of assets this build no longer has, unless published or edited in Strapi")
    boolean prune;

    @Option(names = "--retries", defaultValue = "4",
            description = "retries per request on connection errors, 5xx and 429 (default: ${DEFAULT-VALUE})")
    int retries;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "per request (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    /** The first wait between retries; it doubles each time. Hidden: tests shorten it. */
    @Option(names = "--backoff-ms", defaultValue = "250", hidden = true)
    long backoffMillis;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Builds a spec and returns its output folder; the `copydeck` CLI supplies it, so `--campaign` works there. */
    public interface Builder {
        Path build(Path spec, PrintWriter out, PrintWriter err) throws Exception;
    }

    private final Function<String, String> environment;
    private RequestHook hook = RequestHook.NONE;
    private Builder builder;

    public PublishCommand() {
        this(System::getenv);
    }

    /** @param environment where the token is looked up; tests pass their own instead of changing the process's */
    public PublishCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    /** Lets `--campaign FILE` build before publishing. */
    public PublishCommand withBuilder(Builder b) {
        this.builder = b;
        return this;
    }

    /** For tests that interrupt a publish at a chosen request. */
    PublishCommand withRequestHook(RequestHook requestHook) {
        this.hook = requestHook;
        return this;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new PublishCommand()).execute(args));
    }

    /** Everything this command prints, and any failure it throws, passes the redactor first. */
    @Override
    public Integer call() {
        String secret = environment.apply(TOKEN_ENV);
        Redactor redactor = Redactor.knowing(secret);
        PrintWriter out = RedactingWriter.around(spec.commandLine().getOut(), redactor);
        PrintWriter err = RedactingWriter.around(spec.commandLine().getErr(), redactor);
        try {
            return publish(secret, out, err);
        } catch (UsageException e) {
            err.println("copydeck publish: " + e.getMessage());
            return USAGE;
        } catch (RuntimeException e) {
            throw redactor.scrub(e);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int publish(String secret, PrintWriter out, PrintWriter err) throws UsageException {
        if (!"strapi".equalsIgnoreCase(to)) {
            err.println("copydeck publish: --to " + to + " is not supported; supported: strapi");
            return USAGE;
        }
        URI base = StrapiUrl.parse(url);
        StrapiToken token = StrapiToken.fromEnvironment(secret);
        if ((from == null) == (campaign == null)) {
            err.println("copydeck publish: give exactly one of --from OUTPUT_DIR or --campaign FILE");
            return USAGE;
        }
        if (campaign != null) {
            if (builder == null) {
                err.println("copydeck publish: --campaign needs the copydeck CLI; here, build first and use --from");
                return USAGE;
            }
            try {
                from = builder.build(campaign, out, err);
            } catch (Exception e) {
                err.println("copydeck publish: the build of " + campaign + " failed: " + e.getMessage());
                return FAILED;
            }
            if (from == null) return FAILED; // the build printed why
        }
        BuildOutput build;
        try {
            build = new BuildOutputReader().read(from);
        } catch (BuildOutputException e) {
            err.println("copydeck publish: " + e.getMessage());
            return USAGE;
        }
        StrapiHttp http = new StrapiHttp(base, token,
                RetryPolicy.standard(retries, Duration.ofMillis(backoffMillis)), Duration.ofSeconds(timeoutSeconds),
                hook);
        long start = System.nanoTime();
        PublishSummary summary = new StrapiPublisher(http, out).publish(build, prune);
        long millis = (System.nanoTime() - start) / 1_000_000;
        for (PublishSummary.Failure f : summary.failures()) {
            if (!"not attempted".equals(f.reason())) {
                err.println("failed " + f.assetId() + ": " + f.reason());
            }
        }
        if (summary.stoppedBecause() != null) {
            err.println("copydeck publish: stopped: " + summary.stoppedBecause()
                    + (summary.rerunFinishes() ? ". Rerun the same command to finish: it writes nothing twice." : ""));
        }
        if (summary.staleLine() != null) {
            out.println(summary.staleLine());
        }
        out.println("copydeck publish: " + build.assets().size() + " assets of " + build.campaign().id() + " to "
                + http.base() + " as drafts: " + summary.line() + " (" + millis + " ms)");
        return summary.ok() ? OK : FAILED;
    }
}
