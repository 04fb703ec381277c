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
