package io.copydeck.cli;

import io.copydeck.compiler.CompletionSource;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import io.copydeck.dsl.check.ImportScope;
import io.copydeck.dsl.diag.Diagnostic;
import io.copydeck.dsl.source.SourceReadException;
import io.copydeck.dsl.text.Printable;
import io.copydeck.support.AnswerThresholds;
import io.copydeck.support.Answerer;
import io.copydeck.support.FactCatalogue;
import io.copydeck.support.ModelPhrasing;
import io.copydeck.support.Phrasing;
import io.copydeck.support.serve.AnswerServer;
import io.copydeck.support.serve.LiveSpec;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `copydeck serve SPEC...`: `copydeck answer` as an HTTP JSON API for a support widget or the CMS
 * ({@code docs/support.md}). The model is loaded once and shared; each spec is reloaded when its file
 * changes, and a spec with errors keeps answering from its last good version.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve answers over HTTP: POST /answer {\"question\": ...} and GET /health, on loopback by default; "
                + "a bearer token from $COPYDECK_SERVE_TOKEN when set.")
public final class ServeCommand implements Callable<Integer> {
    static final String TOKEN_ENV = "COPYDECK_SERVE_TOKEN";

    @Parameters(arity = "1..*", paramLabel = "SPEC", description = "the .campaign specs to answer from")
    List<Path> files;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE}, "
            + "loopback only; another address exposes the API to the network: set " + TOKEN_ENV + ")")
    String host;

    @CommandLine.Mixin
    AnswerModelOptions models;

    @CommandLine.Mixin
    Console console;

    /** Set by tests: called with the server once it listens, instead of waiting for the process to end. */
    java.util.function.Consumer<AnswerServer> started;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = console.err();
        if (port < 0 || port > 65535) {
            err.println("copydeck: --port must be from 0 to 65535");
            return Main.USAGE;
        }
        // The JDK server's own bounds on a slow client (seconds to read a request, to write a response).
        System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", "10"));
        System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", "10"));
        ImportScope imports = console.imports();
        CompletionSource source = models.open(err);
        ModelPhrasingPerLanguage phrasing = new ModelPhrasingPerLanguage(source);
        LiveSpec.Loader loader = file -> answerer(file, imports, phrasing);
        List<LiveSpec> specs = new ArrayList<>();
        Set<String> campaigns = new HashSet<>();
        for (Path f : files) {
            try {
                LiveSpec s = LiveSpec.load(f, loader, line -> log(err, line));
                if (!campaigns.add(s.campaign())) {
                    err.println("copydeck: error: two specs declare campaign `" + s.campaign() + "`; serve each campaign once");
                    return Main.USAGE;
                }
                specs.add(s);
            } catch (LiveSpec.Refused e) {
                err.println("copydeck: error: " + Printable.line(e.getMessage()));
                err.println("copydeck: fix the spec (`copydeck check " + Printable.line(f.toString()) + "`) and start again");
                if (source != null) source.close();
                return Main.ERRORS;
            }
        }
        String token = System.getenv(TOKEN_ENV);
        AnswerServer server;
        try {
            server = new AnswerServer(specs, host, port, token, AnswerServer.Limits.DEFAULT, line -> log(err, line));
        } catch (BindException e) {
            err.println("copydeck: error: cannot listen on " + Printable.line(host) + ":" + port + " (" + e.getMessage()
                    + "); pick another --port or stop what uses it");
            if (source != null) source.close();
            return Main.USAGE;
        }
        server.start();
        log(err, "serving " + specs.size() + (specs.size() == 1 ? " spec" : " specs") + " (" + String.join(", ",
                specs.stream().map(LiveSpec::campaign).toList()) + ") on http://" + host + ":" + server.port()
                + (token == null || token.isEmpty() ? " without a token" : " (bearer token required)")
                + (source == null ? "; answers in the facts' own words" : "; GPT-2 may phrase answers"));
        if (started != null) {
            started.accept(server);
            return Main.OK;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            if (source != null) source.close();
            stopped.countDown();
        }));
        stopped.await();
        return Main.OK;
    }

    /** A spec as an answerer; its errors, in one line, refuse it. */
    private static Answerer answerer(Path file, ImportScope imports, ModelPhrasingPerLanguage phrasing) throws LiveSpec.Refused {
        CheckResult checked;
        try {
            checked = Checker.check(file, imports);
        } catch (SourceReadException e) {
            throw new LiveSpec.Refused(e.getMessage());
        }
        if (checked.hasErrors()) {
            Diagnostic first = checked.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
            throw new LiveSpec.Refused(checked.count(io.copydeck.dsl.diag.Severity.ERROR) + " error(s), first "
                    + first.range() + ": error[" + first.code() + "]: " + first.message());
        }
        if (checked.spec().campaign() == null) throw new LiveSpec.Refused(file + " declares no campaign");
        FactCatalogue catalogue = FactCatalogue.of(checked.spec());
        return new Answerer(catalogue, AnswerThresholds.DEFAULT, phrasing.of(catalogue.language()));
    }

    /** One model for every spec; a phrasing (and its per-fact memory) per language, shared across reloads. */
    private record ModelPhrasingPerLanguage(CompletionSource source, Map<io.copydeck.dsl.brief.Language, ModelPhrasing> byLanguage) {
        ModelPhrasingPerLanguage(CompletionSource source) {
            this(source, new ConcurrentHashMap<>());
        }

        Phrasing of(io.copydeck.dsl.brief.Language language) {
            if (source == null) return Phrasing.NONE;
            return byLanguage.computeIfAbsent(language, l -> new ModelPhrasing(source, l));
        }
    }

    private static void log(PrintWriter err, String line) {
        synchronized (err) {
            err.println("copydeck serve: " + Printable.line(line));
            err.flush();
        }
    }
}
