package io.copydeck.compiler;

import io.copydeck.compiler.rules.CopyRules;
import io.copydeck.compiler.rules.LengthLimit;
import io.copydeck.compiler.rules.MustInclude;
import io.copydeck.dsl.plan.Job;
import io.copydeck.templates.LayoutRenderer.RenderedFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The copy deck's data model: assets grouped by channel, then by audience and product, variants side by side. */
final class CopyDeck {
    private CopyDeck() {}

    static Map<String, Object> model(BuildInfo info, List<Asset> assets) {
        Map<String, Map<String, Object>> channels = new LinkedHashMap<>();
        Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
        String brand = "";
        DeckWords words = DeckWords.ENGLISH;
        for (Asset a : assets) {
            Job first = a.first();
            brand = first.brief().brand().name();
            words = DeckWords.of(first.brief().language());
            Map<String, Object> channel = channels.computeIfAbsent(first.channelId().toString(), id -> {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("id", id);
                c.put("kind", first.kind());
                c.put("groups", new ArrayList<Map<String, Object>>());
                return c;
            });
            String groupKey = first.channelId() + "/" + first.audience() + "/" + first.offering();
            Map<String, Object> group = groups.computeIfAbsent(groupKey, k -> {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("audience", first.audience());
                g.put("product", first.brief().offering().name());
                g.put("assets", new ArrayList<Map<String, Object>>());
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> list = (List<Map<String, Object>>) channel.get("groups");
                list.add(g);
                return g;
            });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> list = (List<Map<String, Object>>) group.get("assets");
            list.add(asset(a));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> campaign = new LinkedHashMap<>();
        campaign.put("id", info.campaign());
        campaign.put("title", info.title() == null ? info.campaign() : info.title());
        m.put("campaign", campaign);
        m.put("brand", brand);
        m.put("words", words.asMap());
        m.put("model", info.modelChecksum().length() > 12 ? info.modelChecksum().substring(0, 12) : info.modelChecksum());
        m.put("generator", info.generator());
        m.put("assets_count", assets.size());
        m.put("failed_count", assets.stream().filter(a -> a.status() == AssetStatus.FAILED).count());
        m.put("channels", new ArrayList<>(channels.values()));
        return m;
    }

    private static Map<String, Object> asset(Asset a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("variant", a.first().variant());
        m.put("status", a.status().word());
        m.put("fields", a.fields());
        String sent = "";
        for (RenderedFile f : a.files()) {
            if (f.extension().equals("txt")) {
                sent = f.content().strip();
                break;
            }
        }
        m.put("sent", sent);
        String url = a.first().brief().offering().url();
        m.put("url", url == null ? "" : url);
        if (a.error() != null) m.put("error", a.error());
        if (a.note() != null) m.put("note", a.note());
        // Badges: the limits, must-includes and compliance rules, and any rule that failed; the
        // many "avoids" checks are summed up in one badge, so the deck stays readable.
        List<Map<String, Object>> checks = new ArrayList<>();
        int quiet = 0;
        for (ConstraintCheck c : a.checks()) {
            boolean shown = !c.ok() || c.rule().equals(LengthLimit.ID) || c.rule().equals(MustInclude.ID)
                    || CopyRules.COMPLIANCE.contains(c.rule());
            if (!shown) {
                quiet++;
                continue;
            }
            checks.add(c.toMap());
        }
        if (quiet > 0) {
            checks.add(ConstraintCheck.note("more", quiet + " more checks (facts, names, avoided phrases, repetition, "
                    + "empty fields)").toMap());
        }
        m.put("checks", checks);
        return m;
    }

}
