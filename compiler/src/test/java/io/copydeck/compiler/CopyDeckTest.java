package io.copydeck.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The copy deck's model, and the deck rendered from it by the real template. */
class CopyDeckTest {
    static final BuildInfo INFO = new BuildInfo("spring", "Spring Launch 2027", "spring.campaign", BuildInfo.GENERATOR,
            "0123456789abcdef0123456789abcdef");
    private static final List<Asset> ASSETS = Stages.springAssets();
    /** The rules the deck shows as badges whether they held or not: limits, must-includes and compliance. */
    private static final Set<String> SHOWN = Set.of("length", "must-include", "sms-opt-out", "sms-length-as-sent",
            "legal-footer", "unsubscribe");

    @SuppressWarnings("unchecked")
    private static <T> T get(Object map, String key) {
        assertTrue(((Map<String, Object>) map).containsKey(key), key + " in " + map);
        return (T) ((Map<String, Object>) map).get(key);
    }

    private static List<Object> list(Object map, String key) {
        return get(map, key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deckAsset(Map<String, Object> model, String id) {
        for (Object channel : list(model, "channels")) {
            for (Object group : list(channel, "groups")) {
                for (Object a : list(group, "assets")) {
                    if (get(a, "id").equals(id)) return (Map<String, Object>) a;
                }
            }
        }
        throw new AssertionError(id + " is not in the deck");
    }

    private static Asset asset(String idPart) {
        return ASSETS.stream().filter(a -> a.id().contains(idPart)).findFirst().orElseThrow();
    }

    @Test
    void theAssetsAreGroupedByChannelThenAudienceAndProduct() {
        Map<String, Object> model = CopyDeck.model(INFO, ASSETS);
        List<Object> channels = list(model, "channels");
        assertEquals(List.of("email.welcome", "sms"), channels.stream().map(c -> (String) get(c, "id")).toList());
        assertEquals(List.of("email", "sms"), channels.stream().map(c -> (String) get(c, "kind")).toList());

        List<Object> emailGroups = list(channels.get(0), "groups");
        assertEquals(List.of("commuters · Aurora Cold Brew", "commuters · House Beans", "students · Aurora Cold Brew",
                "students · House Beans"), emailGroups.stream().map(g -> get(g, "audience") + " · " + get(g, "product")).toList());
        for (Object g : emailGroups) assertEquals(1, list(g, "assets").size(), "one variant each");
        List<Object> smsGroups = list(channels.get(1), "groups");
        assertEquals(1, smsGroups.size());
        assertEquals("spring/sms/commuters/cold_brew/v1", get(list(smsGroups.get(0), "assets").get(0), "id"));

        assertEquals(5, ((Number) get(model, "assets_count")).intValue());
        assertEquals(1, ((Number) get(model, "failed_count")).intValue());
        assertEquals("Aurora Coffee", get(model, "brand"));
        assertEquals("0123456789ab", get(model, "model"), "the model's checksum, shortened");
        assertEquals("Spring Launch 2027", get(get(model, "campaign"), "title"));
    }

    @Test
    void variantsOfOneAudienceAndProductShareAGroup() {
        String spec = Stages.edit(Stages.SPRING, "channel sms { products: cold_brew;", "channel sms { products: cold_brew; variants: 2;");
        List<Asset> smses = Stages.plan(spec).values().stream().filter(js -> js.get(0).kind().equals("sms"))
                .map(js -> Stages.generated(js, Map.of("text", "Aurora Cold Brew is back for spring."))).toList();
        assertEquals(2, smses.size());
        Map<String, Object> model = CopyDeck.model(INFO, smses);
        List<Object> groups = list(list(model, "channels").get(0), "groups");
        assertEquals(1, groups.size());
        assertEquals(List.of(1, 2), list(groups.get(0), "assets").stream().map(a -> (Integer) get(a, "variant")).toList());
    }

    @Test
    void limitsMustIncludesComplianceAndFailedChecksAreBadgesAndTheRestAreSummedUp() {
        Map<String, Object> model = CopyDeck.model(INFO, ASSETS);
        for (Asset a : ASSETS) {
            List<Object> badges = list(deckAsset(model, a.id()), "checks");
            List<ConstraintCheck> shown = a.checks().stream().filter(c -> !c.ok() || SHOWN.contains(c.rule())).toList();
            long quiet = a.checks().size() - shown.size();
            List<Object> expected = new java.util.ArrayList<>(shown.stream().map(ConstraintCheck::toMap).toList());
            if (quiet > 0) {
                assertEquals("more", get(badges.get(badges.size() - 1), "rule"), a.id());
                assertTrue(((String) get(badges.get(badges.size() - 1), "message")).startsWith(quiet + " more checks"),
                        badges.get(badges.size() - 1).toString());
                assertEquals(expected, badges.subList(0, badges.size() - 1), a.id());
            } else {
                assertEquals(expected, badges, a.id());
            }
        }
        // The email's badges: four limits (the body's is the 150 words an email body holds by default), the
        // legal footer and the unsubscribe line.
        Asset email = asset("email.welcome/commuters/cold_brew");
        List<Object> badges = list(deckAsset(model, email.id()), "checks");
        assertEquals(List.of("length", "length", "length", "length", "legal-footer", "unsubscribe", "more"),
                badges.stream().map(b -> (String) get(b, "rule")).toList());
        // The SMS shows its must-include and opt-out; the failed email shows the avoided phrase that failed it.
        assertTrue(list(deckAsset(model, asset("/sms/").id()), "checks").stream()
                .map(b -> (String) get(b, "rule")).toList().containsAll(List.of("must-include", "sms-opt-out", "sms-length-as-sent")));
        Asset failed = asset("students/cold_brew");
        assertEquals(AssetStatus.FAILED, failed.status());
        assertTrue(list(deckAsset(model, failed.id()), "checks").stream()
                .anyMatch(b -> get(b, "rule").equals("avoided-phrase") && get(b, "ok").equals(false)));
        assertEquals(failed.error(), get(deckAsset(model, failed.id()), "error"));
    }

    @Test
    void whatIsSentIsTheTextFileAndAnApprovalsNoteIsShown() {
        Map<String, Object> model = CopyDeck.model(INFO, ASSETS);
        Asset sms = asset("/sms/");
        assertEquals(sms.files().get(0).content().strip(), get(deckAsset(model, sms.id()), "sent"));
        Asset approved = asset("students/beans");
        assertEquals(AssetStatus.APPROVED, approved.status());
        assertEquals(approved.note(), get(deckAsset(model, approved.id()), "note"));
        assertEquals("https://aurora.example/cold-brew", get(deckAsset(model, asset("commuters/cold_brew").id()), "url"));
        assertEquals("", get(deckAsset(model, asset("commuters/beans").id()), "url"), "House Beans has no url");
    }

    @Test
    void theRenderedDeckShowsMarkupInCopyAsText() throws Exception {
        String deck = Stages.ENGINE.render("builtin/deck/index.html.ftlh", CopyDeck.model(INFO, ASSETS)).text();
        assertFalse(deck.contains("<script>"), "no markup from copy reaches the page as markup");
        assertTrue(deck.contains("&lt;script&gt;alert(1)&lt;/script&gt; Fresh beans for late nights."), "it shows as text");
        assertTrue(deck.contains("5 assets"), "the header counts the assets");
        assertTrue(deck.contains("1 failed"), "and the failed ones");
        for (Asset a : ASSETS) assertTrue(deck.contains("data-asset-id=\"" + a.id() + "\""), a.id());
        assertTrue(deck.contains("data-channel=\"email.welcome\"") && deck.contains("data-channel=\"sms\""));
        assertTrue(deck.contains("the assembled asset breaks"), "the failed asset's reason is shown");
    }

    /** A German campaign's deck is German around its copy: the page's language, the header, variants, statuses. */
    @Test
    void aGermanCampaignsDeckIsInGerman() throws Exception {
        String spec = Stages.SPRING.replaceFirst("locale: \"en-[A-Z]{2}\"", "locale: \"de-DE\"");
        assertTrue(spec.contains("de-DE"), "the spring spec has a locale to change");
        List<Asset> german = Stages.plan(spec).values().stream().filter(js -> js.get(0).kind().equals("sms"))
                .map(js -> Stages.generated(js, Map.of("text", "Aurora Cold Brew ist zurück. Abmelden: STOP antworten.")))
                .toList();
        String deck = Stages.ENGINE.render("builtin/deck/index.html.ftlh", CopyDeck.model(INFO, german)).text();
        assertTrue(deck.contains("<html lang=\"de\">"), deck);
        assertTrue(deck.contains("1 Assets") && deck.contains("1 Kanäle") && deck.contains("Textübersicht"), deck);
        assertTrue(deck.contains("Variante 1") && deck.contains(">erzeugt<"), deck);
        assertFalse(deck.contains(">generated<") || deck.contains("variant 1"), "no English frame words");
        String english = Stages.ENGINE.render("builtin/deck/index.html.ftlh", CopyDeck.model(INFO, ASSETS)).text();
        assertTrue(english.contains("<html lang=\"en\">") && english.contains("variant 1"), "English stays English");
    }
}
