package io.copydeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.compiler.Lockfile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `copydeck approve` records a built asset's text in copydeck.lock, and removes it again. */
class ApproveCommandTest {
    static final String ID = "autumn_tea/push/office_drinkers/chai_blend/v1";

    @TempDir
    Path dir;

    /** The example spec, with its shared brand, in the test's folder. */
    Path spec() throws Exception {
        Path root = Path.of(System.getProperty("copydeck.root", ".."));
        Path spec = dir.resolve("autumn-tea.campaign");
        Files.copy(root.resolve("examples/autumn-tea.campaign"), spec);
        Files.createDirectories(dir.resolve("shared"));
        Files.copy(root.resolve("examples/shared/northwind-brand.campaign"), dir.resolve("shared/northwind-brand.campaign"));
        return spec;
    }

    /** A build output as docs/outputs.md describes it (the part approve reads): the push with this title. */
    static void built(Path out, String title) throws Exception {
        Files.createDirectories(out.resolve("assets"));
        Files.writeString(out.resolve("assets").resolve(ID.replace("/", "__") + ".json"), """
                {"id": "%s", "status": "generated", "fields": {"title": "%s", "text": "Harbour Chai: a warming cup in four minutes."}}
                """.formatted(ID, title));
    }

    @Test
    void approveRecordsTheBuiltTextAndRemoveDropsIt() throws Exception {
        Path spec = spec();
        Path out = dir.resolve("out");
        built(out, "Chai time, desk time");

        CliTest.Run run = CliTest.run("approve", "--spec", spec.toString(), "--out", out.toString(),
                "autumn_tea/push/office_drinkers/chai_blend#1");
        assertEquals(0, run.exit(), run.err());
        Lockfile lock = Lockfile.read(dir.resolve(Lockfile.NAME));
        var approval = lock.get(ID).orElseThrow();
        assertEquals("Chai time, desk time", approval.fields().get("title"));
        assertEquals(64, approval.prompts().length(), "remembers the prompts it answered");

        CliTest.Run missing = CliTest.run("approve", "--spec", spec.toString(), "--out", out.toString(),
                "autumn_tea/push/office_drinkers/chai_blend/v7");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no asset"), missing.err());

        assertEquals(0, CliTest.run("approve", "--spec", spec.toString(), "--remove", ID).exit());
        assertTrue(Lockfile.read(dir.resolve(Lockfile.NAME)).get(ID).isEmpty());
    }

    @Test
    void textThatBreaksARuleIsRefusedWithTheRuleNamedUnlessForced() throws Exception {
        Path spec = spec();
        Path out = dir.resolve("out");
        // Edited by hand: a word the brief never says, which the build's `grounded` rule never lets through.
        built(out, "Chai o'clock");
        CliTest.Run refused = CliTest.run("approve", "--spec", spec.toString(), "--out", out.toString(), ID);
        assertEquals(1, refused.exit(), refused.err());
        assertTrue(refused.err().contains("grounded on title") && refused.err().contains("\"o'clock\""), refused.err());
        assertTrue(Files.notExists(dir.resolve(Lockfile.NAME)), "nothing approved");

        CliTest.Run forced = CliTest.run("approve", "--spec", spec.toString(), "--out", out.toString(), "--force", ID);
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(forced.err().contains("--force although it breaks"), forced.err());
        assertEquals("Chai o'clock", Lockfile.read(dir.resolve(Lockfile.NAME)).get(ID).orElseThrow().fields().get("title"));
    }
}
