package io.copydeck.strapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `copydeck strapi-content-types STRAPI_PROJECT`: writes the copydeck-campaign, copydeck-asset and
 * copydeck-faq-page content types (schema, router, controller, service) into an existing Strapi 5 project's
 * src/api, and the FAQ page's entry component into src/components. Strapi loads them on its next
 * start and creates the tables itself.
 */
@Command(name = "strapi-content-types", mixinStandardHelpOptions = true,
        description = "Install Copydeck's content types (copydeck-campaign, copydeck-asset, copydeck-faq-page) into a "
                + "Strapi 5 project.")
public final class InstallContentTypesCommand implements Callable<Integer> {
    /** Where the content types live on the classpath, laid out as in a Strapi project; files.txt lists them. */
    static final String ROOT = "/io/copydeck/strapi/app/";

    @Parameters(paramLabel = "STRAPI_PROJECT", description = "the Strapi project folder (holds package.json)")
    Path project;

    @Option(names = "--force", description = "overwrite files that differ from Copydeck's")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new InstallContentTypesCommand()).execute(args));
    }

    /** Paths relative to a Strapi project, e.g. src/api/copydeck-asset/content-types/copydeck-asset/schema.json. */
    public static List<String> files() throws IOException {
        return Arrays.stream(resource("files.txt").split("\n")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    public static String content(String relativePath) throws IOException {
        return resource(relativePath);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path packageJson = project.resolve("package.json");
        if (!Files.isRegularFile(packageJson) || !Files.readString(packageJson).contains("@strapi/strapi")) {
            err.println("copydeck strapi-content-types: " + project + " is not a Strapi project (no package.json "
                    + "that depends on @strapi/strapi)");
            err.flush();
            return PublishCommand.USAGE;
        }
        List<String> conflicts = new ArrayList<>();
        int written = 0;
        for (String file : files()) {
            Path target = project.resolve(file);
            String wanted = content(file);
            if (Files.exists(target)) {
                if (Files.readString(target).equals(wanted)) {
                    continue;
                }
                if (!force) {
                    conflicts.add(file);
                    continue;
                }
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, wanted, StandardCharsets.UTF_8);
            written++;
        }
        if (!conflicts.isEmpty()) {
            err.println("copydeck strapi-content-types: these files exist and differ; --force overwrites them:");
            conflicts.forEach(c -> err.println("  " + c));
            err.flush();
            return PublishCommand.FAILED;
        }
        out.println("copydeck strapi-content-types: " + written + " files written to " + project + "/src"
                + (written == 0 ? " (already installed)" : "")
                + ". Restart Strapi to load them; then create an API token (Settings → API Tokens).");
        out.flush();
        return PublishCommand.OK;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = InstallContentTypesCommand.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IOException("missing resource " + ROOT + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
