package io.copydeck.compiler;

import io.copydeck.compiler.rules.Sentences;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The sentences a model was taught, in slot form ("meet {product}: {benefit}"): `sentences.txt` in a
 * model folder, written from the training corpus by `copydeck corpus` and shipped beside the weights. A
 * model trained on delexicalised copy writes these and nothing else; what it writes outside them is two
 * of them spliced into one ("The clock is to try it?", "We did the work around and you will notice the
 * difference from the difference."), which a 4-layer model does in about one long text in two. Those
 * sentences are dropped before the slots are realised, like any sentence a rule finds fault with, and
 * the text must still meet every rule without them. A model folder without the file (real GPT-2, a
 * fine-tune of one's own) has no inventory, and nothing is dropped.
 */
public final class SentenceInventory {
    /** The file in a model folder. */
    public static final String FILE = "sentences.txt";

    private static final Pattern SLOT_INDEX = Pattern.compile("\\{([a-z_]+)\\.\\d+}");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern END_MARKS = Pattern.compile("[.!?…]+$");
    private static final String END_OF_TEXT = "<|endoftext|>";

    private final Set<String> forms;

    private SentenceInventory(Set<String> forms) {
        this.forms = Set.copyOf(forms);
    }

    /** The inventory of the sentences given, each by its {@link #form}. */
    public static SentenceInventory of(Collection<String> sentences) {
        Set<String> forms = new TreeSet<>();
        sentences.forEach(s -> forms.add(form(s)));
        return new SentenceInventory(forms);
    }

    /** The model folder's inventory, or none when it has no {@value #FILE}. */
    public static Optional<SentenceInventory> in(Path modelDir) {
        Path file = modelDir.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            Set<String> forms = new TreeSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) forms.add(line.strip());
            }
            return Optional.of(new SentenceInventory(forms));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * How a sentence is compared: lowercase, a slot without its index ({@code {pain.1}} is {@code {pain}}:
     * the frame is the same whichever pain fills it), spaces as one, without its end mark.
     */
    public static String form(String sentence) {
        String s = sentence.replace(END_OF_TEXT, "").strip().toLowerCase(Locale.ROOT);
        s = SLOT_INDEX.matcher(s).replaceAll("{$1}");
        return END_MARKS.matcher(BLANKS.matcher(s).replaceAll(" ")).replaceFirst("").strip();
    }

    /** The forms of a text's sentences, for writing an inventory. */
    public static Set<String> formsOf(String text) {
        Set<String> out = new TreeSet<>();
        for (Sentences.Sentence s : Sentences.of(text.replace(END_OF_TEXT, ""))) {
            String f = form(s.text());
            if (!f.isEmpty()) out.add(f);
        }
        return out;
    }

    public boolean knows(String sentence) {
        return forms.contains(form(sentence));
    }

    public int size() {
        return forms.size();
    }

    /** A text with the sentences kept of it, and how many of them this inventory does not know. */
    public record Kept(String text, int splices) {}

    /**
     * The text without the sentences this inventory does not know, but for the fewest of them (the
     * longest first) without which it is not {@code enough}: a part that falls short of its words keeps
     * one splice rather than fail. When even the whole text is not enough, none is kept.
     */
    public Kept keep(String text, java.util.function.Predicate<String> enough) {
        List<Sentences.Sentence> sentences = Sentences.of(text);
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) if (!knows(sentences.get(i).text())) unknown.add(i);
        if (unknown.isEmpty()) return new Kept(text, 0);
        Set<Integer> dropped = new HashSet<>(unknown);
        String kept = without(text, sentences, dropped);
        if (enough.test(kept) || !enough.test(text)) return new Kept(kept, 0);
        unknown.sort(Comparator.comparingInt((Integer i) -> sentences.get(i).text().length()).reversed());
        int splices = 0;
        for (int i : unknown) {
            dropped.remove(i);
            splices++;
            kept = without(text, sentences, dropped);
            if (enough.test(kept)) break;
        }
        return new Kept(kept, splices);
    }

    private static String without(String text, List<Sentences.Sentence> sentences, Set<Integer> dropped) {
        Set<Integer> starts = new HashSet<>();
        dropped.forEach(i -> starts.add(sentences.get(i).start()));
        return Sentences.drop(text, s -> starts.contains(s.start()));
    }

    /** The inventory as its file: a header, then one form a line, sorted. */
    public String toFile(String header) {
        StringBuilder out = new StringBuilder();
        for (String line : header.split("\n")) out.append("# ").append(line).append('\n');
        new TreeSet<>(forms).forEach(f -> out.append(f).append('\n'));
        return out.toString();
    }
}
