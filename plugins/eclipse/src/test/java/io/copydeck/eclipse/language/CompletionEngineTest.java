package io.copydeck.eclipse.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.copydeck.eclipse.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionEngineTest {
    private final String example = Fixtures.read(Fixtures.autumnTea());
    private final SpecSnapshot snapshot = SpecSnapshot.of(Fixtures.autumnTea(), example);

    /** Proposals at the place marked `|` in {@code text}. */
    private List<String> at(String text) {
        int caret = text.indexOf('|');
        return new CompletionEngine().complete(text.replace("|", ""), caret, snapshot.result().references())
                .stream().map(Completion::label).toList();
    }

    @Test
    void top_level_offers_the_blocks_a_file_may_hold() {
        assertEquals(List.of("import", "brand", "audience", "product", "campaign"), at("|"));
    }

    @Test
    void inside_a_campaign_offers_its_properties_and_child_blocks() {
        List<String> p = at("campaign c {\n  |\n}");
        assertTrue(p.containsAll(List.of("title", "brand", "objective", "window", "positioning", "channel")), p.toString());
        assertTrue(!p.contains("price"), "product properties are not campaign properties");
    }

    @Test
    void a_typed_prefix_filters() {
        assertEquals(List.of("objective"), at("campaign c {\n  ob|\n}"));
    }

    @Test
    void after_a_complete_property_the_next_line_offers_members_again() {
        assertTrue(at("campaign c {\n  title: \"T\"\n  |\n}").contains("objective"));
    }

    @Test
    void enum_values_are_offered_after_the_colon() {
        assertEquals(List.of("awareness", "consideration", "conversion", "retention", "launch"),
                at("campaign c {\n  objective: |\n}"));
        assertEquals(List.of("retention"), at("campaign c {\n  objective: ret|\n}"));
    }

    @Test
    void references_offer_declared_names_of_the_right_kind() {
        assertEquals(List.of("office_drinkers", "lapsed_subscribers"),
                at("campaign c {\n  channel email x {\n    audience: |\n  }\n}"));
        assertEquals(List.of("northwind"), at("campaign c {\n  brand: |\n}"));
        List<String> products = at("campaign c {\n  channel sms {\n    products: green_sencha, |\n  }\n}");
        assertTrue(products.containsAll(List.of("green_sencha", "chai_blend", "desk_duo")), products.toString());
    }

    @Test
    void channel_kinds_after_the_channel_keyword() {
        List<String> kinds = at("campaign c {\n  channel |\n}");
        assertTrue(kinds.containsAll(List.of("email", "sms", "push", "landing_page")), kinds.toString());
        assertEquals(List.of("sms"), at("campaign c {\n  channel sm|\n}"));
    }

    @Test
    void limits_offer_the_fields_of_the_enclosing_channel_kind() {
        assertEquals(List.of("subject", "preheader", "body", "cta"),
                at("campaign c {\n  channel email w {\n    limits { | }\n  }\n}"));
    }

    @Test
    void nothing_inside_a_name_being_declared() {
        assertEquals(List.of(), at("product cold|"));
    }

    @Test
    void an_import_line_does_not_leak_into_the_next_block() {
        assertEquals(List.of("retention"), at("import \"shared/x.campaign\"\ncampaign c {\n  objective: ret|\n}"));
    }

    @Test
    void what_a_block_already_holds_once_is_not_offered_again() {
        List<String> p = at("campaign c {\n  title: \"T\"\n  positioning { for: a }\n  |\n}");
        assertTrue(!p.contains("title") && !p.contains("positioning"), p.toString());
        assertTrue(p.contains("channel") && p.contains("objective"), "channels may repeat: " + p);
        assertEquals(List.of("preheader", "body", "cta"),
                at("campaign c {\n  channel email w {\n    limits { subject: 40 chars, | }\n  }\n}"));
    }

    @Test
    void support_blocks_offer_their_properties_and_named_blocks_from_the_schema() {
        assertTrue(at("brand b {\n  name: \"B\"\n  |\n}").contains("support"), "a brand may hold a support block");
        assertTrue(at("campaign c {\n  |\n}").contains("support"), "so may a campaign");
        assertTrue(!at("product p {\n  |\n}").contains("support"), "a product may not");
        assertEquals(List.of("contact", "hours", "handoff", "policy", "faq"), at("brand b {\n  support {\n    |\n  }\n}"));
        assertEquals(List.of("policy"), at("brand b {\n  support {\n    pol|\n  }\n}"));
        assertEquals(List.of("text"), at("brand b {\n  support {\n    policy returns { | }\n  }\n}"));
        assertEquals(List.of("question", "answer"), at("brand b {\n  support {\n    faq x { | }\n  }\n}"));
        assertTrue(!at("brand b {\n  support { handoff: \"x\" }\n  |\n}").contains("support"), "at most one");
    }

    @Test
    void hover_on_support_words_shows_their_schema_docs() {
        String text = "brand b {\n  name: \"B\"\n  support {\n    handoff: \"x\"\n    policy returns { text: \"y\" }\n  }\n}\n";
        SpecSnapshot s = SpecSnapshot.of(Fixtures.autumnTea().resolveSibling("hover.campaign"), text);
        HoverDocs hover = new HoverDocs();
        assertTrue(hover.at(s, text.indexOf("support")).orElseThrow().startsWith("block `support`: What a "
                + "customer-service answer may use"));
        assertTrue(hover.at(s, text.indexOf("handoff")).orElseThrow().startsWith("`handoff`: What an answer says"));
        assertTrue(hover.at(s, text.indexOf("policy")).orElseThrow().startsWith("block `policy`: A rule customers"));
        assertTrue(hover.at(s, text.indexOf("text")).orElseThrow().startsWith("`text` (required): The policy"));
    }

    @Test
    void import_only_before_the_first_block() {
        assertTrue(!at("brand b { name: \"B\" }\n|").contains("import"));
    }
}
