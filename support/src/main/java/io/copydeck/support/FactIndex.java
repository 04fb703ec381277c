package io.copydeck.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import io.copydeck.compiler.rules.NeutralLexicon;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The facts of one catalogue in an in-memory Lucene index (BM25), searched with a question's terms.
 * A fact's topic (what it is about: the product's name and the words customers ask about prices with)
 * weighs more than its text. The query is built from analysed terms, never parsed, so nothing a
 * customer types is query syntax. A misspelt term ("refnd", "shiping") is read as the index's nearest
 * term within one edit (two for long words), so typos still find their fact; a term the index does
 * not know at all stays unknown, and counts against {@link Hit#coverage}. A word no fact holds may
 * still find one through its WordNet relatives ({@link RelatedWords}, weighed by {@link MatchWeights}),
 * and a word pair may be read as one term ({@link #phrases}: "check up", "hook up").
 *
 * <p>Thread-safe once built: Lucene's searcher and reader may be shared.
 */
public final class FactIndex {
    static final String ID = "id";
    static final String TOPIC = "topic";
    static final String TEXT = "text";
    static final float TOPIC_BOOST = 2.0f;
    static final float TEXT_BOOST = 1.0f;
    /** A question with more terms than this is read by its first ones: an answer never needs a page. */
    static final int MOST_TERMS = 48;

    /** A synonym's clauses weigh half its term's: the customer's own word matters more. */
    static final float SYNONYM_BOOST = 0.5f;

    private final QuestionAnalysis analysis;
    private final Synonyms synonyms;
    private final RelatedWords related;
    private final MatchWeights weights;
    private final Optional<NeutralLexicon> lexicon;
    private final List<AnswerFact> facts;
    private final List<Set<String>> termsByDoc = new ArrayList<>();
    private final List<Set<String>> topicTermsByDoc = new ArrayList<>();
    private final Set<String> vocabulary = new TreeSet<>();
    private final IndexSearcher searcher;

    /**
     * One fact found: its BM25 score and the share of the question's terms it holds (or a synonym of
     * them), each term weighed by how rare it is among the facts (BM25's idf; a term no fact holds
     * weighs most), so that "the" words of a domain matter little and the thing asked about matters most.
     * {@code onlyTopic}: every term of the question is one of the fact's topic terms (a product's name and
     * the words its kind of fact is asked with), so the question names the thing and nothing more.
     */
    public record Hit(AnswerFact fact, double score, double coverage, boolean onlyTopic) {
        public Hit(AnswerFact fact, double score, double coverage) {
            this(fact, score, coverage, false);
        }
    }

    /** What a question asks for, as the index reads it: its terms (typos corrected) and the ones no fact holds. */
    public record Query(List<String> terms, List<String> unknown) {}

    public FactIndex(FactCatalogue catalogue) {
        this(catalogue, MatchWeights.DEFAULT);
    }

    FactIndex(FactCatalogue catalogue, MatchWeights weights) {
        this.weights = weights;
        this.analysis = QuestionAnalysis.of(catalogue.language());
        this.synonyms = Synonyms.of(catalogue.language(), analysis);
        this.related = RelatedWords.of(catalogue.language());
        this.lexicon = NeutralLexicon.of(catalogue.language());
        this.facts = catalogue.facts();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analysis.analyzer()).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (AnswerFact f : facts) {
                Document doc = new Document();
                doc.add(new StringField(ID, f.id(), Field.Store.YES));
                String topic = f.topic() + " " + joinedHyphens(f.text());
                doc.add(new TextField(TOPIC, topic, Field.Store.NO));
                doc.add(new TextField(TEXT, f.text(), Field.Store.NO));
                writer.addDocument(doc);
                Set<String> terms = new HashSet<>(analysis.terms(TOPIC, topic));
                topicTermsByDoc.add(Set.copyOf(terms));
                terms.addAll(analysis.terms(TEXT, f.text()));
                termsByDoc.add(terms);
                vocabulary.addAll(terms);
            }
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(dir);
            this.searcher = new IndexSearcher(reader);
            this.searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index does not fail to write", e);
        }
    }

    private static final java.util.regex.Pattern HYPHENATED = java.util.regex.Pattern.compile("\\p{L}+(?:-\\p{L}+)+");

    /**
     * The text's hyphenated words written together ("x-rays" as "xrays", "pet-safe" as "petsafe"): the
     * analysis splits them at the hyphen, customers often write them as one word.
     */
    static String joinedHyphens(String text) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = HYPHENATED.matcher(text);
        while (m.find()) out.append(m.group().replace("-", "")).append(' ');
        return out.toString();
    }

    /**
     * The question's terms as the index reads them. A word of the neutral lexicon (the copy rules' list
     * of words every category shares: "have", "need", "week", "use") that no fact holds is left out: it
     * says how the question is asked, not what about, and would otherwise weigh as much as a thing no
     * fact knows ("physiotherapy").
     */
    public Query read(String question) {
        Set<String> terms = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        PhraseReading phrases = phrases(question);
        terms.addAll(phrases.keys());
        for (String t : analysis.terms(TEXT, withoutNeutralUnknowns(phrases.rest()))) {
            if (terms.size() >= MOST_TERMS) break;
            String known = knownOrSynonym(t) ? t : nearest(t);
            if (known == null && hasHeldRelatives(t)) known = t; // a paraphrase: no typo, but related
            if (known == null) {
                if (!unknown.contains(t)) unknown.add(t);
                terms.add(t);
            } else {
                terms.add(known);
            }
        }
        return new Query(List.copyOf(terms), List.copyOf(unknown));
    }

    /** The best facts for a question, best first (ties in written order), at most {@code n}. */
    public List<Hit> search(String question, int n) {
        Query q = read(question);
        if (q.terms().isEmpty() || facts.isEmpty()) return List.of();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String t : q.terms()) {
            query.add(new BoostQuery(new TermQuery(new Term(TOPIC, t)), TOPIC_BOOST), BooleanClause.Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term(TEXT, t)), TEXT_BOOST), BooleanClause.Occur.SHOULD);
            for (String s : synonyms.of(t)) {
                query.add(new BoostQuery(new TermQuery(new Term(TOPIC, s)), TOPIC_BOOST * SYNONYM_BOOST),
                        BooleanClause.Occur.SHOULD);
                query.add(new BoostQuery(new TermQuery(new Term(TEXT, s)), TEXT_BOOST * SYNONYM_BOOST),
                        BooleanClause.Occur.SHOULD);
            }
            for (String r : sameRelatives(t)) addRelativeClauses(query, r, weights.sameBoost());
            for (String r : relatives(t)) addRelativeClauses(query, r, weights.closeBoost());
            for (String r : looseRelatives(t)) addRelativeClauses(query, r, weights.looseBoost());
        }
        try {
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query.build(), n).scoreDocs) {
                Set<String> topic = topicTermsByDoc.get(sd.doc);
                boolean onlyTopic = q.terms().stream().allMatch(t -> holds(topic, t));
                hits.add(new Hit(facts.get(sd.doc), sd.score, coverage(q.terms(), termsByDoc.get(sd.doc)), onlyTopic));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index does not fail to read", e);
        }
    }

    /** A relative's clauses, and its synonyms' at half ("charge" for "postage" asks for "cost" too). */
    private void addRelativeClauses(BooleanQuery.Builder query, String relative, double boost) {
        addClauses(query, relative, (float) boost);
        for (String s : synonyms.of(relative)) addClauses(query, s, (float) boost * SYNONYM_BOOST);
    }

    private static void addClauses(BooleanQuery.Builder query, String term, float boost) {
        query.add(new BoostQuery(new TermQuery(new Term(TOPIC, term)), TOPIC_BOOST * boost), BooleanClause.Occur.SHOULD);
        query.add(new BoostQuery(new TermQuery(new Term(TEXT, term)), TEXT_BOOST * boost), BooleanClause.Occur.SHOULD);
    }

    /** A question with its word pairs taken out ({@code rest}) and the terms they are read as ("checkup", "hook_up"). */
    record PhraseReading(String rest, List<String> keys) {}

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}+");

    /**
     * The question's word pairs read as one term each instead of their words: a compound that a fact
     * writes as one word ("check up" as "checkup", "wi fi" as "wifi"), and a two-word phrase that WordNet
     * relates to a word some fact holds ("hook up" to "connect", "turn up" to "appear"): the words alone
     * mean something else ("hook", "turn") and would count as things no fact knows. A phrase whose
     * first word a fact holds is read as its words ("the railcard works on Saturdays").
     */
    PhraseReading phrases(String question) {
        List<java.util.regex.MatchResult> words = WORD.matcher(question).results().toList();
        List<String> keys = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int from = 0;
        for (int i = 0; i + 1 < words.size(); i++) {
            String first = words.get(i).group();
            String second = words.get(i + 1).group();
            String key = compound(first, second);
            if (key == null) {
                key = related.phrase(first, second);
                if (key == null || !hasHeldRelatives(key) || isKnownWord(first)) continue;
            }
            rest.append(question, from, words.get(i).start()).append(' ');
            from = words.get(i + 1).end();
            if (!keys.contains(key)) keys.add(key);
            i++;
        }
        rest.append(question.substring(from));
        return new PhraseReading(rest.toString(), List.copyOf(keys));
    }

    /** The term two words make written together, when a fact holds it ("check up": "checkup"); else null. */
    private String compound(String first, String second) {
        List<String> joined = analysis.terms(TEXT, first + second);
        return joined.size() == 1 && vocabulary.contains(joined.get(0)) ? joined.get(0) : null;
    }

    private boolean isKnownWord(String word) {
        return analysis.terms(TEXT, word).stream().anyMatch(this::knownOrSynonym);
    }

    private String withoutNeutralUnknowns(String question) {
        if (lexicon.isEmpty()) return question;
        StringBuilder kept = new StringBuilder();
        for (NeutralLexicon.Token t : NeutralLexicon.tokens(question)) {
            if (lexicon.get().lists(t.word())
                    && analysis.terms(TEXT, t.word()).stream().noneMatch(this::knownOrSynonym)) {
                continue;
            }
            kept.append(t.word()).append(' ');
        }
        return kept.toString();
    }

    /** Whether the terms hold the term as itself or as one of its synonyms. */
    private boolean holds(Set<String> held, String term) {
        return held.contains(term) || synonyms.of(term).stream().anyMatch(held::contains);
    }

    /**
     * The idf-weighed share of the terms that the fact's terms hold, each as itself or a synonym, or
     * in part ({@link MatchWeights}) as a WordNet relative: of the main sense, close or loose.
     */
    double coverage(List<String> terms, Set<String> held) {
        double all = 0;
        double covered = 0;
        for (String t : terms) {
            double w = idf(t);
            all += w;
            covered += credit(t, held) * w;
        }
        return all == 0 ? 0 : covered / all;
    }

    /** How much of a term the fact's terms hold: all of it as itself or a synonym, part as a relative. */
    private double credit(String term, Set<String> held) {
        if (holds(held, term)) return 1;
        if (sameRelatives(term).stream().anyMatch(r -> holds(held, r))) return weights.sameCredit();
        if (relatives(term).stream().anyMatch(r -> holds(held, r))) return weights.closeCredit();
        if (looseRelatives(term).stream().anyMatch(r -> holds(held, r))) return weights.looseCredit();
        return 0;
    }

    /**
     * BM25's idf of a term over the facts: ln(1 + (N - df + 0.5) / (df + 0.5)); a term no fact holds
     * (nor a synonym or held relative of it) weighs {@link #UNKNOWN_WEIGHT} times that, unless it is
     * {@link #told}: a content word no fact knows ("physiotherapy", "braces") is the best sign that the
     * question is about something undeclared.
     */
    double idf(String term) {
        long df = termsByDoc.stream().filter(d -> d.contains(term)).count();
        double idf = Math.log(1 + (facts.size() - df + 0.5) / (df + 0.5));
        return told(term) || hasHeldRelatives(term) ? idf : UNKNOWN_WEIGHT * idf;
    }

    /**
     * A term that is no sign of something undeclared: one the facts hold (or a synonym), a number the
     * customer states, or a word whose main WordNet sense is an adjective or adverb ("terrible",
     * "soon", "particular"): it says how something is asked, not what about.
     */
    private boolean told(String term) {
        return knownOrSynonym(term) || isNumber(term) || related.of(term).modifier();
    }

    static final double UNKNOWN_WEIGHT = 2.0;

    /**
     * A number no fact holds ("my 12 year old", "40 minutes late") is a value the customer states, not
     * a thing the facts leave out: it weighs as any term, not double.
     */
    private static boolean isNumber(String term) {
        return !term.isEmpty() && term.chars().allMatch(Character::isDigit);
    }

    private boolean knownOrSynonym(String term) {
        return holds(vocabulary, term);
    }

    /**
     * The term's WordNet relatives of one strength that some fact holds (or a synonym of), when
     * neither the term nor a synonym of it is held (a term the facts know needs no looser reading);
     * sorted. {@link #sameRelatives}: its main sense's synonyms; {@link #relatives}: its other close
     * relatives; {@link #looseRelatives}: its main sense's hypernym and gloss words.
     */
    private List<String> heldRelatives(String term, Function<RelatedWords.Relatives, Set<String>> strength) {
        if (knownOrSynonym(term)) return List.of();
        return strength.apply(related.of(term)).stream().filter(this::knownOrSynonym).sorted().toList();
    }

    List<String> sameRelatives(String term) {
        return heldRelatives(term, RelatedWords.Relatives::same);
    }

    List<String> relatives(String term) {
        return heldRelatives(term, RelatedWords.Relatives::close);
    }

    List<String> looseRelatives(String term) {
        return heldRelatives(term, RelatedWords.Relatives::loose);
    }

    private boolean hasHeldRelatives(String term) {
        return !sameRelatives(term).isEmpty() || !relatives(term).isEmpty() || !looseRelatives(term).isEmpty();
    }

    /**
     * The term itself when the index holds it; else the index's nearest term within one edit (two
     * for terms of eight letters or more), the first in order among equals; null when none is near.
     * Terms under five letters are taken as they are: "lose" one edit from "close" is no typo.
     */
    String nearest(String term) {
        if (vocabulary.contains(term)) return term;
        int len = term.codePointCount(0, term.length());
        if (len < 5 || term.chars().anyMatch(Character::isDigit)) return null;
        int most = len >= 8 ? 2 : 1;
        String best = null;
        int bestDistance = most + 1;
        for (String v : vocabulary) {
            if (Math.abs(v.length() - term.length()) > most || v.chars().anyMatch(Character::isDigit)) continue;
            int d = EditDistance.of(term, v, most);
            if (d < bestDistance) {
                best = v;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Damerau–Levenshtein distance (adjacent swaps count one), cut short past {@code most}. */
    static final class EditDistance {
        private EditDistance() {}

        static int of(String a, String b, int most) {
            int[][] d = new int[a.length() + 1][b.length() + 1];
            for (int i = 0; i <= a.length(); i++) d[i][0] = i;
            for (int j = 0; j <= b.length(); j++) d[0][j] = j;
            for (int i = 1; i <= a.length(); i++) {
                int rowMin = Integer.MAX_VALUE;
                for (int j = 1; j <= b.length(); j++) {
                    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                    int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                    if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                        v = Math.min(v, d[i - 2][j - 2] + 1);
                    }
                    d[i][j] = v;
                    rowMin = Math.min(rowMin, v);
                }
                if (rowMin > most) return most + 1;
            }
            return d[a.length()][b.length()];
        }
    }

    /** How many facts the index holds. */
    public int size() {
        return facts.size();
    }
}
