package io.copydeck.strapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.copydeck.compiler.output.BuildOutput;
import io.copydeck.compiler.output.BuildOutputReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The content types Copydeck ships: what the publisher writes, and the copy the test Strapi runs. */
class ContentTypesTest {
    @TempDir
    Path tmp;

    @Test
    void theTestStrapiAppRunsExactlyTheShippedContentTypes() throws Exception {
        Path app = Path.of(System.getProperty("copydeck.root", "../..")).resolve("tests/strapi-app");
        Assumptions.assumeTrue(Files.isDirectory(app), "no tests/strapi-app beside this module");
        for (String file : InstallContentTypesCommand.files()) {
            assertEquals(InstallContentTypesCommand.content(file), Files.readString(app.resolve(file)),
                    "tests/strapi-app/" + file + " differs from the shipped one: copy it with "
                            + "`copydeck strapi-content-types --force tests/strapi-app`");
        }
    }

    @Test
    void everyAttributeThePublisherWritesIsInTheAssetSchema() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(InstallContentTypesCommand.content(
                "src/api/copydeck-asset/content-types/copydeck-asset/schema.json"));
        BuildOutput build = new BuildOutputReader().read(BuildFixture.original());
        StrapiEntry entry = StrapiEntries.asset(build.assets().get(0));
        entry.data(new ObjectMapper().createObjectNode().put("campaign", "x")).fieldNames()
                .forEachRemaining(name -> assertTrue(schema.path("attributes").has(name), name));
        assertTrue(schema.path("options").path("draftAndPublish").asBoolean(), "drafts need draftAndPublish");
        assertTrue(schema.path("attributes").path("externalId").path("unique").asBoolean());
    }

    @Test
    void everyAttributeThePublisherWritesToAnFaqPageIsInItsSchemaWithTheEntryComponent(@TempDir Path dir)
            throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode schema = json.readTree(InstallContentTypesCommand.content(
                "src/api/copydeck-faq-page/content-types/copydeck-faq-page/schema.json"));
        BuildOutput build = new BuildOutputReader().read(FaqPageBuild.build(dir, "faq_schema"));
        StrapiEntry entry = AssetType.FAQ_PAGE.entry(build.assets().get(0));
        entry.data(json.createObjectNode().put("campaign", "x")).fieldNames()
                .forEachRemaining(name -> assertTrue(schema.path("attributes").has(name), name));
        assertEquals(AssetType.FAQ_PAGE.pluralName, schema.path("info").path("pluralName").asText());
        assertTrue(schema.path("options").path("draftAndPublish").asBoolean());
        JsonNode entries = schema.path("attributes").path(StrapiEntries.ENTRIES);
        assertTrue(entries.path("repeatable").asBoolean(), entries.toString());
        JsonNode component = json.readTree(InstallContentTypesCommand.content("src/components/copydeck/faq-entry.json"));
        assertEquals("copydeck.faq-entry", entries.path("component").asText());
        entry.attributes().path(StrapiEntries.ENTRIES).get(0).fieldNames()
                .forEachRemaining(name -> assertTrue(component.path("attributes").has(name), name));
        JsonNode campaign = json.readTree(InstallContentTypesCommand.content(
                "src/api/copydeck-campaign/content-types/copydeck-campaign/schema.json"));
        assertEquals("campaign", campaign.path("attributes").path("faqPages").path("mappedBy").asText());
    }

    @Test
    void installWritesTheContentTypesIntoAStrapiProjectAndIsIdempotent() throws Exception {
        Files.writeString(tmp.resolve("package.json"), "{\"dependencies\":{\"@strapi/strapi\":\"5.54.0\"}}");
        assertEquals(0, install(tmp));
        assertTrue(Files.isRegularFile(tmp.resolve("src/api/copydeck-asset/routes/copydeck-asset.js")));
        assertEquals(0, install(tmp), "a second install finds them in place");
        Path schema = tmp.resolve("src/api/copydeck-campaign/content-types/copydeck-campaign/schema.json");
        Files.writeString(schema, "{}");
        assertEquals(1, install(tmp), "an edited file is not overwritten without --force");
        assertEquals(0, install(tmp, "--force"));
        assertTrue(Files.readString(schema).contains("copydeck_campaigns"));
    }

    @Test
    void installRefusesAFolderThatIsNotAStrapiProject() {
        assertEquals(2, install(tmp));
    }

    private static int install(Path project, String... extra) {
        CommandLine cli = new CommandLine(new InstallContentTypesCommand());
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        String[] args = new String[extra.length + 1];
        System.arraycopy(extra, 0, args, 0, extra.length);
        args[extra.length] = project.toString();
        return cli.execute(args);
    }
}
