package io.copydeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The plan (JSON) and the rendered prompts of every example, as `copydeck plan` and
 * `copydeck prompts` print them. To accept a change on purpose, run with
 * `-Dcopydeck.updateGolden=true` and read the diff.
 */
class PlanGoldenTest {
    static final Path GOLDEN = Path.of(System.getProperty("copydeck.root", "..")).resolve("cli/src/test/resources/golden");

    static List<Path> examples() {
        Path root = Path.of(System.getProperty("copydeck.root", ".."));
        List<Path> specs = new ArrayList<>(List.of(root.resolve("examples/autumn-tea.campaign")));
        Path shared = root.resolve("../shared/spec/examples/spring-launch.campaign").normalize();
        if (Files.exists(shared)) specs.add(shared);
        return specs;
    }

    @TestFactory
    Stream<DynamicTest> planAndPromptsMatchTheGoldenFiles() {
        return examples().stream().flatMap(spec -> {
            String name = spec.getFileName().toString().replace(".campaign", "");
            return Stream.of(
                    DynamicTest.dynamicTest(name + " plan", () -> golden(name + ".plan.json",
                            CliTest.run("plan", "--format", "json", spec.toString()))),
                    DynamicTest.dynamicTest(name + " prompts", () -> golden(name + ".prompts.txt",
                            CliTest.run("prompts", spec.toString()))));
        });
    }

    private static void golden(String file, CliTest.Run run) throws Exception {
        assertEquals(0, run.exit(), run.err());
        Path expected = GOLDEN.resolve(file);
        if (Boolean.getBoolean("copydeck.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(expected, run.out());
        }
        assertEquals(Files.exists(expected) ? Files.readString(expected) : "(missing " + expected + ")", run.out(), file);
    }

    @Test
    void planTableCountsJobsAndAssets() {
        CliTest.Run run = CliTest.run("plan", examples().get(0).toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().matches("(?s).*autumn_tea/email\\.winback/lapsed_subscribers/chai_blend/v2/subject +55 chars.*"),
                run.out());
        assertTrue(run.out().contains("autumn_tea/blog_post/office_drinkers/green_sencha/v1/body.pains "),
                "a post's sections are jobs of their own: " + run.out());
        assertTrue(run.out().strip().endsWith("61 jobs, 23 assets"), run.out());
    }

    @Test
    void promptsCanBeFilteredByJobGlob() {
        CliTest.Run run = CliTest.run("prompts", "--job", "*/email.winback/*/*/v1/subject", examples().get(0).toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(1, run.out().split("=== ").length - 1, run.out());
        assertTrue(run.out().contains("Offer: {offer}\nPromo: code {code}, {discount} off, now {sale_price}, until {ends}\n"),
                "the brief by slot: " + run.out());
        CliTest.Run none = CliTest.run("prompts", "--job", "nothing", examples().get(0).toString());
        assertEquals(1, none.exit());
        assertTrue(none.err().contains("no job matches"), none.err());
    }

    @Test
    void aSpecWithErrorsIsNotPlanned() {
        Path mistakes = Path.of(System.getProperty("copydeck.root", "..")).resolve("examples/mistakes.campaign");
        CliTest.Run run = CliTest.run("plan", "--color=never", mistakes.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("error[E201]"), run.err());
        assertTrue(run.err().contains("fix the errors first"), run.err());
        assertEquals("", run.out());
    }
}
