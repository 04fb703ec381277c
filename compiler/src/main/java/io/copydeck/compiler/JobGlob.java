package io.copydeck.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A glob over job and channel ids (`--job`, `--regenerate`), matched in time linear in the id's
 * length times the pattern's: the JDK's glob matcher is a backtracking regex, and a pattern like
 * `**a**a**a…**X` kept it busy for minutes. The syntax is the JDK's `glob:` one, which these
 * options always took: `*` any run of characters within one `/`-separated segment, `**` any run
 * across segments, `?` one character of a segment, `[abc]`, `[a-z]` and `[!a]` one character of
 * a set, `{a,b}` one of the alternatives (not nested), and `\` before a character takes it as is.
 * A malformed pattern (an unclosed `[` or `{`) is a {@link Malformed} that says where and why.
 */
public final class JobGlob {
    /** A pattern that is not a glob, with the place and what to write instead. */
    public static final class Malformed extends IllegalArgumentException {
        Malformed(String glob, int index, String problem) {
            super("`" + glob + "` is not a glob: " + problem + " (at character " + (index + 1) + ")");
        }
    }

    /** One state of the automaton: what it consumes and where it goes next. */
    private sealed interface State {}
    /** Consumes one character that {@code set} holds, then goes to {@code next}. */
    private record One(CharSet set, int next) implements State {}
    /** Consumes any number of characters ({@code acrossSegments}: `/` too), or goes to {@code next}. */
    private record Run(boolean acrossSegments, int next) implements State {}
    /** Goes to any of {@code next} without consuming: the alternatives of a `{a,b}`. */
    private record Fork(int[] next) implements State {}
    /** Goes to {@code next} without consuming: the end of one alternative. */
    private record Jump(int next) implements State {}
    private record Accept() implements State {}

    @FunctionalInterface
    private interface CharSet {
        boolean contains(char c);
    }

    /** What the pattern is read into before it becomes states: one character, a run, or a `{...}` group. */
    private sealed interface Element {}
    private record Chars(CharSet set) implements Element {}
    private record Stars(boolean acrossSegments) implements Element {}
    private record Group(List<List<Element>> alternatives) implements Element {}

    private final String glob;
    private final List<State> states;
    private final int start;

    private JobGlob(String glob, List<State> states, int start) {
        this.glob = glob;
        this.states = states;
        this.start = start;
    }

    public static JobGlob parse(String glob) {
        return new Compiler(glob).compile();
    }

    public boolean matches(String id) {
        BitSet current = new BitSet(states.size());
        BitSet next = new BitSet(states.size());
        enter(start, current);
        for (int i = 0; i < id.length() && !current.isEmpty(); i++) {
            char c = id.charAt(i);
            next.clear();
            for (int s = current.nextSetBit(0); s >= 0; s = current.nextSetBit(s + 1)) {
                State state = states.get(s);
                if (state instanceof One one && one.set().contains(c)) {
                    enter(one.next(), next);
                } else if (state instanceof Run run && (run.acrossSegments() || c != '/')) {
                    enter(s, next);
                }
            }
            BitSet consumed = current;
            current = next;
            next = consumed;
        }
        for (int s = current.nextSetBit(0); s >= 0; s = current.nextSetBit(s + 1)) {
            if (states.get(s) instanceof Accept) return true;
        }
        return false;
    }

    /** Adds a state and every state it reaches without consuming a character (a stack, not recursion: patterns may be long). */
    private void enter(int first, BitSet set) {
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        todo.push(first);
        while (!todo.isEmpty()) {
            int s = todo.pop();
            if (set.get(s)) continue;
            set.set(s);
            State state = states.get(s);
            if (state instanceof Run run) todo.push(run.next());
            else if (state instanceof Jump jump) todo.push(jump.next());
            else if (state instanceof Fork fork) for (int n : fork.next()) todo.push(n);
        }
    }

    @Override
    public String toString() {
        return glob;
    }

    /**
     * Builds the automaton back to front, so that each state knows its successor when it is made:
     * the pattern is read into elements first, then chained from the last one to the first.
     */
    private static final class Compiler {
        private final String glob;
        private final List<State> states = new ArrayList<>();
        private int pos;

        Compiler(String glob) {
            this.glob = glob;
        }

        JobGlob compile() {
            List<Element> elements = sequence(false);
            int start = chain(elements, add(new Accept()));
            return new JobGlob(glob, List.copyOf(states), start);
        }

        /** The elements up to the end, or inside a group up to its `,` or `}`. */
        private List<Element> sequence(boolean inGroup) {
            List<Element> out = new ArrayList<>();
            while (pos < glob.length()) {
                char c = glob.charAt(pos);
                if (inGroup && (c == ',' || c == '}')) return out;
                switch (c) {
                    case '*' -> {
                        boolean across = pos + 1 < glob.length() && glob.charAt(pos + 1) == '*';
                        pos += across ? 2 : 1;
                        out.add(new Stars(across));
                    }
                    case '?' -> {
                        pos++;
                        out.add(new Chars(ch -> ch != '/'));
                    }
                    case '[' -> out.add(new Chars(bracket()));
                    case '{' -> {
                        if (inGroup) throw new Malformed(glob, pos, "`{` inside `{...}`; groups cannot be nested");
                        out.add(new Group(group()));
                    }
                    case '\\' -> {
                        if (pos + 1 >= glob.length()) throw new Malformed(glob, pos, "`\\` at the end escapes nothing");
                        char literal = glob.charAt(pos + 1);
                        pos += 2;
                        out.add(new Chars(ch -> ch == literal));
                    }
                    default -> {
                        pos++;
                        out.add(new Chars(ch -> ch == c));
                    }
                }
            }
            return out;
        }

        private List<List<Element>> group() {
            int open = pos++;
            List<List<Element>> alternatives = new ArrayList<>();
            while (true) {
                alternatives.add(sequence(true));
                if (pos >= glob.length()) throw new Malformed(glob, open, "`{` without its `}`; write `\\{` for the character");
                if (glob.charAt(pos++) == '}') return alternatives;
            }
        }

        /** `[abc]`, `[a-z]`, `[!a]`: one character of a segment (never `/`) in, or not in, the set. */
        private CharSet bracket() {
            int open = pos++;
            boolean negated = pos < glob.length() && glob.charAt(pos) == '!';
            if (negated) pos++;
            List<char[]> ranges = new ArrayList<>();
            while (pos < glob.length() && glob.charAt(pos) != ']') {
                char from = glob.charAt(pos++);
                if (from == '/') throw new Malformed(glob, pos - 1, "`/` inside `[...]`; a set is one character of a segment");
                char to = from;
                if (pos + 1 < glob.length() && glob.charAt(pos) == '-' && glob.charAt(pos + 1) != ']') {
                    to = glob.charAt(pos + 1);
                    if (to < from) throw new Malformed(glob, pos, "the range `" + from + "-" + to + "` is backwards");
                    pos += 2;
                }
                ranges.add(new char[] {from, to});
            }
            if (pos >= glob.length()) {
                throw new Malformed(glob, open, "`[` without its `]`; write `\\[` for the character");
            }
            if (ranges.isEmpty()) throw new Malformed(glob, open, "`[]` holds no character");
            pos++;
            return ch -> {
                if (ch == '/') return false;
                boolean in = false;
                for (char[] r : ranges) in |= ch >= r[0] && ch <= r[1];
                return in != negated;
            };
        }

        /** Makes the states of {@code elements} in order, the last one going to {@code next}; returns the first. */
        private int chain(List<Element> elements, int next) {
            for (int i = elements.size() - 1; i >= 0; i--) {
                Element e = elements.get(i);
                if (e instanceof Chars chars) {
                    next = add(new One(chars.set(), next));
                } else if (e instanceof Stars stars) {
                    next = add(new Run(stars.acrossSegments(), next));
                } else if (e instanceof Group group) {
                    int join = add(new Jump(next));
                    int[] starts = new int[group.alternatives().size()];
                    for (int a = 0; a < starts.length; a++) starts[a] = chain(group.alternatives().get(a), join);
                    next = add(new Fork(starts));
                }
            }
            return next;
        }

        private int add(State s) {
            states.add(s);
            return states.size() - 1;
        }
    }
}
