package io.copydeck.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.copydeck.dsl.check.CheckResult;
import io.copydeck.dsl.check.Checker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build, stage by stage, with a scripted model: what reaches the outputs, in milliseconds. */
class BuildPipelineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String SPEC = """
            brand smile {
              name: "Smile Studio"
              avoid: "painless"
              legal: \"""
                  Smile Studio GmbH
                  Hauptstraße 1, 04109 Leipzig
                  \"""
            }
            audience busy_parents { description: "Parents who put off their own check-ups"; pains: "no time" }
            product checkup { name: "Family Check-up"; description: "A check-up for the whole family"; price: 89.00 USD; url: "https://smile.example/checkup" }
            campaign dental {
              title: "Check-up season"
              brand: smile
              locale: "en-US"
              window: 2027-01-10 .. 2027-02-28
              positioning { for: busy_parents; category: "dental clinic"; benefit: "one visit for the whole family" }
              channel email reminder {
                products: checkup
                cta: "Book my visit"
                limits { subject: 60 chars, body: 80 words }
              }
              channel sms { products: checkup }
            }
            """;

    /**
     * An email body's paragraphs (dsl/plan/LongForm), each its own job: under this spec's 80-word limit they
     * need 16, 16 and 8 words, 40 in all.
     */
    static final String OPENING = "Parents put their own check-ups off. Bring the whole family in one visit and be done in an hour.";
    static final String MORE = "We keep every visit short, and we are happy to help, so nothing is missed at all.";
    static final String CLOSE = "Every visit is simple for everyone, and every price is clear before you start.";

    static final Map<String, String> GOOD = Map.of(
            "Subject:", "One visit for the whole family",
            "Preview text:", "Check-ups for everyone in one morning.",
            "Opening:", OPENING,
            "Details:", MORE,
            "Close:", CLOSE,
            "Button:", "Click here now",
            "SMS:", "Family Check-up: one visit for the whole family.");

    private BuildPipeline.Result build(Path dir, String spec, ScriptedModel model) throws Exception {
        return build(dir, spec, model, Set.of());
    }

    private BuildPipeline.Result build(Path dir, String spec, ScriptedModel model, Set<String> regenerate)
            throws Exception {
        Path file = dir.resolve("dental.campaign");
        Files.writeString(file, spec);
        CheckResult checked = Checker.check(file);
        assertFalse(checked.hasErrors(), checked.diagnostics().toString());
        return new BuildPipeline(model, BuildProgress.SILENT).build(checked, file,
                new BuildPipeline.Options(dir.resolve("out"), dir.resolve("cache"), 2, 1, 4, regenerate));
    }

    /**
     * `copydeck approve` while a build runs (here: while the model writes its first completion): the
     * approval stays in the lock beside the takes the build records, and the build's outputs already
     * keep the approved text instead of writing generated copy over it.
     */
    @Test
    void anApprovalMadeWhileARegeneratingBuildRunsIsKeptInTheLockAndInItsOutputs(@TempDir Path dir) throws Exception {
        Path lock = dir.resolve(Lockfile.NAME);
        String sms = "dental/sms/busy_parents/checkup/v1";
        Lockfile.Approval approval = new Lockfile.Approval(Map.of("text", "Family Check-up: one visit, the whole family."),
                "prompts-hash", "2027-01-01T00:00:00Z");
        AtomicBoolean approvedMeanwhile = new AtomicBoolean();
        ScriptedModel model = new ScriptedModel(request -> {
            if (approvedMeanwhile.compareAndSet(false, true)) {
                try {
                    Lockfile.update(lock, l -> l.with(sms, approval));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return GOOD.getOrDefault(ScriptedModel.cue(request.prompt()), "Fine.");
        });
        BuildPipeline.Result r = build(dir, SPEC, model, Set.of("sms"));
        assertTrue(approvedMeanwhile.get(), "the model was asked");
        Asset asset = r.assets().stream().filter(a -> a.id().equals(sms)).findFirst().orElseThrow();
        assertEquals(AssetStatus.APPROVED, asset.status());
        assertEquals(approval.fields(), asset.fields());
        JsonNode written = json(dir.resolve("out/assets/" + asset.fileStem() + ".json"));
        assertEquals("approved", written.path("status").asText());
        Lockfile after = Lockfile.read(lock);
        assertEquals(approval, after.get(sms).orElseThrow(), "the approval survives the build's write");
        assertEquals(1, after.take("sms"), "and the build's take is recorded beside it");
    }

    /**
     * Completions per asset are the build's cost: a paragraph, whose prompt already names its facts, gets one
     * candidate a round where a subject line gets two; one that would fail its asset gets the full count in
     * its rescue round.
     */
    @Test
    void aPartOfALongTextGetsHalfAFieldsCandidatesUntilItWouldFailItsAsset(@TempDir Path dir) throws Exception {
        Map<String, String> script = new java.util.HashMap<>(GOOD);
        script.put("Details:", "Too short."); // never the paragraph's 16 words
        ScriptedModel model = ScriptedModel.byCue(script, "Fine.");
        build(dir, SPEC, model);
        Map<String, Long> asked = model.requests.stream().collect(java.util.stream.Collectors.groupingBy(
                q -> ScriptedModel.cue(q.prompt()), java.util.stream.Collectors.counting()));
        long variants = asked.get("Subject:") / 2;
        assertTrue(variants >= 1, asked.toString());
        assertEquals(variants, asked.get("Opening:"), "one candidate for a paragraph that passes: " + asked);
        assertEquals(3 * variants, asked.get("Details:"), "one, then two in the rescue round: " + asked);
        assertEquals(2, asked.get("SMS:"), "a whole field gets two: " + asked);
    }

    /**
     * Two variants whose details paragraphs both say SHARED: the second cannot do without it (five words
     * left), the first can. The first gives it up, and the second is settled, with no further round.
     */
    @Test
    void aSentenceTheLaterVariantCannotSpareGoesFromTheEarlierOne(@TempDir Path dir) throws Exception {
        String shared = "Bring the whole family in one visit and be done in an hour.";
        String spec = SPEC.replace("limits { subject: 60 chars, body: 80 words }", "variants: 2\n    limits { subject: 60 chars, body: 100 words }");
        java.util.concurrent.atomic.AtomicInteger details = new java.util.concurrent.atomic.AtomicInteger();
        Map<String, String> script = new java.util.HashMap<>(GOOD);
        script.put("Opening:", CLOSE + " Parents put their own check-ups off.");
        script.put("Close:", "We keep every visit short, so nothing is missed at all.");
        ScriptedModel model = new ScriptedModel(r -> {
            String cue = ScriptedModel.cue(r.prompt());
            if (!cue.equals("Details:")) return script.getOrDefault(cue, "Fine.");
            // v1's paragraph is asked for first.
            return details.getAndIncrement() == 0 ? shared + " " + MORE : shared + " We are happy to help.";
        });
        BuildPipeline.Result r = build(dir, spec, model);
        List<Asset> emails = r.assets().stream().filter(a -> a.first().kind().equals("email")).toList();
        assertEquals(2, emails.size());
        emails.forEach(e -> assertEquals(AssetStatus.GENERATED, e.status(), String.valueOf(e.error())));
        List<String> bodies = emails.stream().map(e -> e.fields().get("body")).toList();
        assertFalse(bodies.get(0).contains(shared), bodies.get(0));
        assertTrue(bodies.get(0).contains(MORE), bodies.get(0));
        assertTrue(bodies.get(1).contains(shared), bodies.get(1));
        assertEquals(2, details.get(), "no round more for the second: " + bodies);
    }

    /**
     * Both variants' details paragraphs can only say the same: the second, which ships either way, still gets
     * the rescue round, with a paragraph's one candidate (the full count is for a field with nothing yet).
     */
    @Test
    void aVariantThatStillSaysAnEarlierOnesSentenceGetsTheRescueRoundAtItsUsualCount(@TempDir Path dir) throws Exception {
        String spec = SPEC.replace("limits { subject: 60 chars, body: 80 words }", "variants: 2\n    limits { subject: 60 chars, body: 100 words }");
        Map<String, String> script = new java.util.HashMap<>(GOOD);
        script.put("Opening:", CLOSE + " Parents put their own check-ups off.");
        script.put("Details:", "Bring the whole family in one visit and be done in an hour. We are happy to help.");
        script.put("Close:", "We keep every visit short, so nothing is missed at all.");
        ScriptedModel model = ScriptedModel.byCue(script, "Fine.");
        BuildPipeline.Result r = build(dir, spec, model);
        assertEquals(0, r.failed());
        long details = model.requests.stream().filter(q -> ScriptedModel.cue(q.prompt()).equals("Details:")).count();
        assertEquals(3, details, "one a variant, then one more for the second");
    }

    private static JsonNode json(Path file) throws Exception {
        return JSON.readTree(file.toFile());
    }

    @Test
    void theDeclaredCtaIsTheButtonVerbatimAndIsNeverGenerated(@TempDir Path dir) throws Exception {
        ScriptedModel model = ScriptedModel.byCue(GOOD, "Fine.");
        BuildPipeline.Result r = build(dir, SPEC, model);
        Asset email = r.assets().stream().filter(a -> a.first().kind().equals("email")).findFirst().orElseThrow();
        assertEquals(AssetStatus.GENERATED, email.status(), String.valueOf(email.error()));
        assertEquals("Book my visit", email.fields().get("cta"));
        assertTrue(email.files().stream().allMatch(f -> f.content().contains("Book my visit")));
        assertTrue(model.requests.stream().noneMatch(q -> ScriptedModel.cue(q.prompt()).equals("Button:")),
                "no candidate is generated for a declared field");
    }

    @Test
    void aMultiLineLegalFooterRendersInEveryFileOfTheEmail(@TempDir Path dir) throws Exception {
        BuildPipeline.Result r = build(dir, SPEC, ScriptedModel.byCue(GOOD, "Fine."));
        Asset email = r.assets().stream().filter(a -> a.first().kind().equals("email")).findFirst().orElseThrow();
        assertEquals(AssetStatus.GENERATED, email.status(), String.valueOf(email.error()));
        for (var f : email.files()) {
            assertTrue(f.content().contains("Smile Studio GmbH"), f.content());
            assertTrue(f.content().contains("Hauptstraße 1, 04109 Leipzig"), f.content());
        }
        assertEquals(0, r.failed());
    }

    @Test
    void aFailedAssetIsListedWithItsReasonAndHasNoRenderedFiles(@TempDir Path dir) throws Exception {
        // Every SMS candidate says the avoided word: the SMS cannot be written.
        Map<String, String> script = new java.util.HashMap<>(GOOD);
        script.put("SMS:", "A painless check-up for the whole family.");
        BuildPipeline.Result r = build(dir, SPEC, ScriptedModel.byCue(script, "Fine."));
        assertEquals(1, r.failed());
        Path out = dir.resolve("out");
        JsonNode manifest = json(out.resolve("manifest.json"));
        JsonNode failed = null;
        for (JsonNode a : manifest.path("assets")) {
            if (a.path("status").asText().equals("failed")) failed = a;
        }
        assertTrue(failed != null, "the manifest lists the failed asset: " + manifest);
        assertEquals(1, manifest.path("counts").path("failed").asInt());
        assertTrue(failed.path("error").asText().contains("painless"), failed.toString());
        JsonNode asset = json(out.resolve(failed.path("file").asText()));
        assertEquals("failed", asset.path("status").asText());
        assertEquals(0, asset.path("files").size(), "no half-made file of a failed asset");
        String stem = failed.path("file").asText().replace("assets/", "").replace(".json", "");
        try (var files = Files.list(out.resolve("assets"))) {
            assertEquals(List.of(stem + ".json"), files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(stem)).toList());
        }
        String deck = Files.readString(out.resolve("index.html"));
        assertTrue(deck.contains("1 failed"), "the copy deck says so");
        assertTrue(deck.contains("data-asset-id=\"" + failed.path("id").asText() + "\""), "and shows the asset");
    }

    @Test
    void aRebuildComesFromTheCacheAndWritesTheSameBytes(@TempDir Path dir) throws Exception {
        build(dir, SPEC, ScriptedModel.byCue(GOOD, "Fine."));
        byte[] first = Files.readAllBytes(dir.resolve("out/manifest.json"));
        ScriptedModel again = ScriptedModel.byCue(GOOD, "Fine.");
        BuildPipeline.Result r = build(dir, SPEC, again);
        assertEquals(0, r.modelCalls());
        assertTrue(again.requests.isEmpty());
        assertEquals(new String(first), Files.readString(dir.resolve("out/manifest.json")));
    }

    @Test
    void aPromptLongerThanTheModelsContextFailsItsAssetWithTheReasonNotTheBuild(@TempDir Path dir) throws Exception {
        // Prompts show each pain by slot ("{pain.41}"), so it takes many pains to overflow the context.
        String longPains = "pains: " + String.join(", ", java.util.Collections.nCopies(200, "\"no time for the dentist\""));
        String spec = SPEC.replace("pains: \"no time\"", longPains);
        BuildPipeline.Result r = build(dir, spec, ScriptedModel.byCue(GOOD, "Fine."));
        assertEquals(r.assets().size(), r.failed(), "every prompt carries the pains");
        Asset email = r.assets().get(0);
        assertTrue(email.error().contains("320-token context"), email.error());
        assertTrue(Files.exists(dir.resolve("out/manifest.json")), "the build still writes its outputs");
    }

    @Test
    void theModelsSlotsAreRealisedFromTheBriefInTheBuiltAsset(@TempDir Path dir) throws Exception {
        Map<String, String> script = new java.util.HashMap<>(GOOD);
        script.put("Opening:", "Meet {product}: {benefit}. We see everyone in the family in one visit, so nobody has to "
                + "take time off and every check-up is done at once.");
        script.put("Close:", "Every price is clear before you start. {cta}.");
        BuildPipeline.Result r = build(dir, SPEC, ScriptedModel.byCue(script, "Fine."));
        Asset email = r.assets().stream().filter(a -> a.first().kind().equals("email")).findFirst().orElseThrow();
        assertEquals(AssetStatus.GENERATED, email.status(), String.valueOf(email.error()));
        String body = "Meet Family Check-up: one visit for the whole family. We see everyone in the family in one visit, "
                + "so nobody has to take time off and every check-up is done at once.\n\n" + MORE
                + "\n\nEvery price is clear before you start. Book my visit.";
        assertEquals(body, email.fields().get("body"));
        // Paragraph by paragraph: the HTML puts each in its own element.
        for (String paragraph : body.split("\n\n")) {
            assertTrue(email.files().stream().allMatch(f -> f.content().contains(paragraph) && !f.content().contains("{product}")),
                    "what is sent is the realised copy: " + paragraph);
        }
        assertTrue(email.checks().stream().anyMatch(c -> c.rule().equals("slots") && c.ok()), "and the verifier checked it");
    }

    @Test
    void aCandidateWithANameThatIsNoSlotIsNeverChosen(@TempDir Path dir) throws Exception {
        // Every other SMS candidate names a colour the brief has no slot for; the others are good.
        java.util.concurrent.atomic.AtomicInteger sms = new java.util.concurrent.atomic.AtomicInteger();
        ScriptedModel model = new ScriptedModel(q -> {
            String cue = ScriptedModel.cue(q.prompt());
            if (!cue.equals("SMS:")) return GOOD.getOrDefault(cue, "Fine.");
            return sms.getAndIncrement() % 2 == 0 ? "{product} in {colour}: {benefit}." : "{product}: {benefit}, in one morning.";
        });
        BuildPipeline.Result r = build(dir, SPEC, model);
        Asset text = r.assets().stream().filter(a -> a.first().kind().equals("sms")).findFirst().orElseThrow();
        assertEquals(AssetStatus.GENERATED, text.status(), String.valueOf(text.error()));
        assertTrue(text.fields().get("text").startsWith("Family Check-up: one visit for the whole family, in one morning."),
                text.fields().get("text"));
        assertTrue(sms.get() >= 2, "both kinds of candidate were written");

        // When every candidate has one, the asset fails and says which rule.
        BuildPipeline.Result none = build(Files.createDirectories(dir.resolve("none")), SPEC, ScriptedModel.byCue(
                Map.of("SMS:", "{product} in {colour}."), "Fine."));
        Asset failed = none.assets().stream().filter(a -> a.first().kind().equals("sms")).findFirst().orElseThrow();
        assertEquals(AssetStatus.FAILED, failed.status());
        assertTrue(failed.error().contains("[not-empty]"), "nothing is left of it: " + failed.error());
    }
}
