package io.copydeck.research;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A developer's probe: the reviews of a file whose labelled aspects are not all read right. Args: FILE LABELS THEMES. */
public final class MissProbe {
    public static void main(String[] args) throws Exception {
        Research research = new Research();
        Labels labels = Labels.read(Path.of(args[1]));
        Themes themes = Themes.read(Path.of(args[2]));
        List<Reading> readings = new ArrayList<>();
        ResearchResult result = research.run(List.of(Path.of(args[0])), null, Research.Progress.NONE, readings::add);
        Set<String> frequent = result.aspects().stream().filter(a -> a.origin() == AspectOrigin.FREQUENT_NOUN)
                .map(AspectFinding::label).collect(Collectors.toSet());
        for (Reading r : readings) {
            Labels.Labelled l = labels.byId().get(r.review().id());
            if (l == null) continue;
            Map<String, String> got = new TreeMap<>();
            for (Reading.AspectSentiment a : r.aspectsWith(frequent)) got.merge(a.aspect(), a.polarity().label(), (x, y) -> x + "+" + y);
            boolean ok = true;
            for (var e : l.aspects().entrySet()) {
                boolean right = got.entrySet().stream().anyMatch(g -> themes.covers(g.getKey(), e.getKey())
                        && g.getValue().contains(e.getValue().label()));
                if (!right) ok = false;
            }
            if (!ok) System.out.println(r.review().id() + " want " + l.aspects() + " got " + got + " | " + r.review().text());
        }
    }
}
