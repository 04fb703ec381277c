package io.copydeck.research;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Scale: N reviews (100,000 by default) generated from the written ones with variation (sentences of three or
 * four reviews of a domain joined, typos, openers, other dates and products), read in bounded memory. Run with
 * a small heap to show it: {@code java -Xmx512m -cp ... io.copydeck.research.ScaleBench examples/research 100000 /tmp/reviews.csv}.
 * Prints reviews per second and the peak heap after collections.
 */
public final class ScaleBench {
    private static final String[] OPENERS = {"", "", "", "Update: ", "Honestly, ", "Second visit. ", "To be fair, ",
            "After a month: ", "Quick review. ", "Long time customer here. "};

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path out = args.length > 2 ? Path.of(args[2]) : Files.createTempFile("copydeck-reviews", ".csv");
        List<List<String>> domains = new ArrayList<>();
        for (String f : List.of("headphones.csv", "cafe.csv", "saas.jsonl", "hotel.csv", "dental.csv")) {
            List<String> sentences = new ArrayList<>();
            ReviewReader.read(dir.resolve(f), new ReviewReader.Sink() {
                @Override
                public void review(Review review) {
                    for (String s : review.text().split("(?<=[.!?])\\s+")) if (!s.isBlank()) sentences.add(s.strip());
                }

                @Override
                public void skipped(Skipped skipped) {}
            });
            domains.add(sentences);
        }
        Random random = new Random(16);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("id,date,rating,product,text\n");
            for (int i = 0; i < n; i++) {
                List<String> pool = domains.get(random.nextInt(domains.size()));
                StringBuilder text = new StringBuilder(OPENERS[random.nextInt(OPENERS.length)]);
                int parts = 3 + random.nextInt(2);
                for (int k = 0; k < parts; k++) text.append(k == 0 ? "" : " ").append(typo(pool.get(random.nextInt(pool.size())), random));
                w.write(String.format("g-%d,2025-%02d-%02d,%d,Product %d,\"%s\"%n", i, 1 + random.nextInt(12), 1 + random.nextInt(28),
                        1 + random.nextInt(5), random.nextInt(20), text.toString().replace("\"", "\"\"")));
            }
        }
        System.out.printf("generated %,d reviews, %.1f MB: %s%n", n, Files.size(out) / 1048576.0, out);
        Research research = new Research();
        research.run(List.of(dir.resolve("headphones.csv")), null, Research.Progress.NONE);   // tables loaded
        resetPeaks();
        long t0 = System.nanoTime();
        ResearchResult r = research.run(List.of(out), null, Research.Progress.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = peakHeap();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("read %,d, analysed %,d, near-duplicates %,d, skipped %,d in %.1f s: %.0f reviews/s; "
                        + "max heap %d MB, peak heap used %d MB (garbage included), held after a collection %d MB%n",
                r.read(), r.analysed(), r.duplicates(), r.skippedCount(), seconds, r.read() / seconds, rt.maxMemory() >> 20,
                peak >> 20, (rt.totalMemory() - rt.freeMemory()) >> 20);
        System.out.println("top pains: " + r.pains().stream().limit(5).map(f -> f.label() + " " + f.count()).toList());
    }

    /** One in ten sentences gets two neighbouring letters of a word swapped. */
    private static String typo(String s, Random random) {
        if (random.nextInt(10) != 0 || s.length() < 8) return s;
        int at = 1 + random.nextInt(s.length() - 3);
        if (!Character.isLetter(s.charAt(at)) || !Character.isLetter(s.charAt(at + 1))) return s;
        return s.substring(0, at) + s.charAt(at + 1) + s.charAt(at) + s.substring(at + 2);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak;
    }
}
