package io.copydeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A campaign in a language the model does not write: `check` and the build say so (W315), never silently. */
class ModelLanguageCheckTest {
    static final Path ROOT = Path.of(System.getProperty("copydeck.root", "..")).toAbsolutePath().normalize();
    static final Path SHIPPED = ROOT.resolve("models/default");

    @TempDir
    Path dir;

    private Path spec(String locale) throws Exception {
        Path f = dir.resolve("bistro.campaign");
        Files.writeString(f, """
                brand bistro { name: "Bistro Lumen" }
                product menu { name: "Menu du jour"; price: 24.00 EUR; benefits: "a three-course lunch" }
                campaign lunch {
                  title: "Lunch"
                  brand: bistro
                  locale: "%s"
                  audience locals { description: "People who work nearby" }
                  positioning { for: locals; category: "lunch"; benefit: "a proper lunch break" }
                  channel sms { products: menu; must_include: "STOP" }
                }
                """.formatted(locale));
        return f;
    }

    @Test
    void checkWarnsAtTheLocaleWhenTheModelDoesNotWriteItsLanguage() throws Exception {
        Path f = spec("fr-FR");
        CliTest.Run r = CliTest.run("check", "--color=never", "--model", SHIPPED.toString(), f.toString());
        assertEquals(0, r.exit(), "a warning, not an error: " + r.out());
        assertTrue(r.out().contains("bistro.campaign:6:3: warning[W315]: the model (" + SHIPPED + ") writes en, not "
                + "`fr`: this campaign's copy will be in English"), r.out());
    }

    @Test
    void aLanguageTheModelWritesIsQuiet() throws Exception {
        CliTest.Run r = CliTest.run("check", "--model", SHIPPED.toString(), spec("en-GB").toString());
        assertFalse(r.out().contains("W315"), r.out());
    }

    @Test
    void aGpt2FolderThatDeclaresNothingIsTakenAsEnglish() throws Exception {
        Path model = dir.resolve("hf-gpt2");
        Files.createDirectories(model);
        Files.writeString(model.resolve("config.json"), "{\"model_type\": \"gpt2\", \"n_layer\": 2}");
        CliTest.Run r = CliTest.run("check", "--model", model.toString(), spec("de-DE").toString());
        assertTrue(r.out().contains("writes en (a GPT-2 folder that declares no languages is taken as English), not `de`"),
                r.out());
    }

    @Test
    void theBuildSaysSoInItsSummary() throws Exception {
        Path f = spec("fr-FR");
        CliTest.Run r = CliTest.run("build", f.toString(), "--model", SHIPPED.toString(), "--out",
                dir.resolve("out").toString(), "--keep-going");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("warning: the model (" + SHIPPED + ") writes en, not `fr`: this campaign's copy will "
                + "be in English"), r.out());
    }
}
