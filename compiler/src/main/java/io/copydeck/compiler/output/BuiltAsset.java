package io.copydeck.compiler.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One asset of a build output folder (docs/outputs.md), with the text of its rendered files.
 *
 * @param fields the generated text by field name; empty for a failed asset
 * @param files the rendered files' names (in assets/) by extension
 * @param rendered rendered file contents by extension ("html", "txt", "md"); empty for a failed asset
 * @param status "generated", "approved" or "failed"
 * @param provenance model, templates, seed, decoding and generator, as written (absent: a missing node)
 * @param error why generation failed; null unless {@code status} is "failed"
 * @param note what the build says about the asset's text, or null
 */
public record BuiltAsset(String id, String campaign, String channel, String kind, String audience, String product,
        int variant, Map<String, String> fields, Map<String, String> files, Map<String, String> rendered,
        String status, List<Check> checks, JsonNode provenance, String error, String note) {

    /**
     * A rule the asset was checked against, by id (`length`, `sms-opt-out`), the field it was
     * checked on (null for the whole asset), whether it held, and what it asks and found, in words:
     * `subject ≤ 55 chars`. Written back to JSON (the publisher's drafts) as the asset JSON has it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Check(String rule, String field, boolean ok, String message) {}

    public boolean approved() {
        return "approved".equals(status);
    }

    public boolean failed() {
        return "failed".equals(status);
    }

    public boolean allChecksPass() {
        return checks.stream().allMatch(Check::ok);
    }

    /** The channel as every output spells it (`email.welcome`, `sms`): what the copy deck groups by. */
    public String channelKey() {
        return channel;
    }
}
