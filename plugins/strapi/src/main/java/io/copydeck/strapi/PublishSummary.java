package io.copydeck.strapi;

import java.util.ArrayList;
import java.util.List;

/** The count of each outcome, the failures with their reasons, and why the publish stopped early, if it did. */
public final class PublishSummary {
    /** One asset that did not reach Strapi. */
    public record Failure(String assetId, String reason) {
    }

    private int created;
    private int updated;
    private int unchanged;
    private int stale;
    private int removed;
    private int kept;
    private boolean pruned;
    private final List<Failure> failures = new ArrayList<>();
    private String stoppedBecause;
    private boolean rerunFinishes;

    void count(Outcome outcome) {
        switch (outcome) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
        }
    }

    /** Drafts in Strapi of assets this build no longer has. */
    void stale(int count, boolean prune) {
        this.stale = count;
        this.pruned = prune;
    }

    void remove() {
        removed++;
    }

    void keep() {
        kept++;
    }

    public int removed() {
        return removed;
    }

    public int kept() {
        return kept;
    }

    /** What to say about drafts that left the build, or null when there are none. */
    public String staleLine() {
        if (stale == 0) {
            return null;
        }
        if (pruned) {
            return stale + " drafts no longer built: " + removed + " removed, " + kept + " kept (published or edited in Strapi)";
        }
        return stale + " drafts in Strapi are no longer built; --prune removes those nobody published or edited";
    }

    void fail(String assetId, String reason) {
        failures.add(new Failure(assetId, reason));
    }

    /** @param rerunFinishes the cause was passing (server down), not a setting (token, URL) that must change */
    void stop(String reason, boolean rerunFinishes) {
        this.stoppedBecause = reason;
        this.rerunFinishes = rerunFinishes;
    }

    public boolean rerunFinishes() {
        return rerunFinishes;
    }

    public int created() {
        return created;
    }

    public int updated() {
        return updated;
    }

    public int unchanged() {
        return unchanged;
    }

    public int failed() {
        return failures.size();
    }

    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** Null when every asset was attempted. */
    public String stoppedBecause() {
        return stoppedBecause;
    }

    public boolean ok() {
        return failures.isEmpty() && stoppedBecause == null;
    }

    public String line() {
        return created + " created, " + updated + " updated, " + unchanged + " unchanged, " + failed() + " failed";
    }
}
