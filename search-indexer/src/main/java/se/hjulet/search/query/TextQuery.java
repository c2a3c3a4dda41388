package se.hjulet.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;
import co.elastic.clients.elasticsearch.core.search.InnerHits;

/**
 * The relevance query for what a person typed. Each way a word can match is a clause of its own, and
 * their weights live here:
 * <ul>
 * <li><b>synonyms</b>: the words, stemmed, or a synonym from {@code sv-synonyms.txt} (graph-aware, so
 *     "särskilt boende" meets "äldreboende") — the main clause;</li>
 * <li><b>exact</b>: the words as typed (stemmed), on top, so the typed word ranks above its synonym;</li>
 * <li><b>english</b>: the English-analysed subfields, for items written in English;</li>
 * <li><b>translated</b>: for a query that looks English, its words translated with {@code en-sv.txt};</li>
 * <li><b>parts</b>: compounds split into their parts on both sides ("skolskjutsplanering" meets
 *     "planering av skolskjutsar", "snöröjning" meets "snöröjningsrutin");</li>
 * <li><b>documents</b>: the text of attached documents, below the item's own words;</li>
 * <li><b>phrase</b>: words that stand together as typed;</li>
 * <li><b>fuzzy</b>: each longer word with one or two typing errors, weighted low, and below a tier bonus
 *     that every non-fuzzy match gets, so a fuzzy match never outranks an exact one;</li>
 * <li><b>some parts</b>: a compound of which the item has the first parts but not the last ("snöröjningsrutin" →
 *     snöröjning), also below the tier.</li>
 * </ul>
 * Items other organisations marked as reused get a gentle lift on top ({@link #REUSED}), the same for every way
 * of matching, so reuse orders items that match about equally well and never lifts a weak match over a good one.
 * In every clause a query of one or two words needs all of them, longer queries all but one, and from six
 * words three quarters: an item that matches most words is found, and ranks below the ones that match all.
 */
final class TextQuery {

    /** The ways of matching that can be switched off, so the quality benchmark can show what each one gains. */
    enum Feature {
        /** Long queries need most words, not all; nothing found → any word. Off: up to three words all must match. */
        MOST_WORDS,
        COMPOUNDS,
        FUZZY,
        SYNONYMS,
        TRANSLATION
    }

    /** What up to three words needed before: all of them, and three quarters of longer queries. */
    static final String ALL_WORDS = "3<75%";

    /** Up to 2 words all must match; 3–5 words all but one; more, three quarters. */
    static final String MOST_WORDS = "2<-1 5<75%";
    /** For a second try when no item has most of the words: any one of them. */
    static final String ANY_WORD = "1";

    static final List<String> SWEDISH_FIELDS = List.of("title^3", "lead^2", "conclusions^2", "body", "tags.text^1.5",
            "policyAreas.text", "organisationNames");
    static final List<String> ENGLISH_FIELDS = List.of("title.en^3", "lead.en^2", "conclusions.en^2", "body.en");
    static final List<String> PARTS_FIELDS = List.of("title.parts^3", "lead.parts^2", "conclusions.parts^2", "body.parts",
            "tags.parts^1.5");
    static final List<String> PHRASE_FIELDS = List.of("title^3", "lead^2", "conclusions^2", "body");
    /** Unstemmed words of title, lead, conclusions, body and tags: a typo is compared with words as written. */
    static final String FUZZY_FIELD = "words";
    /** Lowercase, without stop words (Swedish or English), not stemmed. */
    static final String WORDS = "hjulet_words_query";
    static final List<String> ATTACHMENT_FIELDS = List.of("attachments.name^1.5", "attachments.text^0.7",
            "attachments.text.en^0.7");

    static final float EXACT = 1.0f;
    static final float SYNONYMS = 1.0f;
    static final float ENGLISH = 1.0f;
    static final float TRANSLATED = 0.8f;
    static final float PARTS = 0.5f;
    static final float PHRASE = 2.0f;
    static final float FUZZY = 0.3f;
    /** Compounds whose last part is missing in the item ("snöröjningsrutin" → an item on snöröjning): below the tier. */
    static final float SOME_PARTS = 0.3f;
    /** Added to every item that matches without fuzziness: larger than any fuzzy score can be. */
    static final float NOT_FUZZY_TIER = 1000f;
    /** Lifts items written in English for a query written in English. */
    static final float QUERY_LANGUAGE = 1.0f;
    /**
     * Added to the score: this × log10(1 + organisations that reused the item), so 0.6 for one, 1.2 for three,
     * 2.1 for ten: about what the phrase bonus gives, far below the tier and the weight of a matching word.
     */
    static final double REUSED = 2.0;

    static final String SWEDISH = "hjulet_swedish";
    static final String SWEDISH_SYNONYMS = "hjulet_swedish_synonyms";
    static final String ENGLISH_TO_SWEDISH = "hjulet_english_to_swedish";

    private static final int MIN_FUZZY_LENGTH = 5;

    private final String text;
    private final String minimumShouldMatch;
    private final Vocabulary vocabulary;
    private final InnerHits attachmentHits;
    private final Set<Feature> features;

    TextQuery(String text, String minimumShouldMatch, Vocabulary vocabulary, InnerHits attachmentHits, Set<Feature> features) {
        this.text = text;
        this.minimumShouldMatch = features.contains(Feature.MOST_WORDS) ? minimumShouldMatch : ALL_WORDS;
        this.vocabulary = vocabulary;
        this.attachmentHits = attachmentHits;
        this.features = features;
    }

    /** The clauses that match without fuzziness; an item matching any of them is in the upper tier. */
    List<Query> notFuzzy(boolean withInnerHits) {
        List<Query> clauses = new ArrayList<>();
        if (features.contains(Feature.SYNONYMS)) {
            clauses.add(crossFields(text, SWEDISH_FIELDS, SWEDISH_SYNONYMS, SYNONYMS));
        }
        clauses.add(crossFields(text, SWEDISH_FIELDS, SWEDISH, EXACT));
        clauses.add(crossFields(text, ENGLISH_FIELDS, null, ENGLISH));
        if (features.contains(Feature.TRANSLATION) && vocabulary.looksEnglish(text)) {
            // Translations meet the items' words and the parts of their compounds ("broadband" → bredbandsutbyggnad).
            clauses.add(crossFields(text, concat(SWEDISH_FIELDS, PARTS_FIELDS), ENGLISH_TO_SWEDISH, TRANSLATED));
        }
        if (features.contains(Feature.COMPOUNDS)) {
            clauses.add(crossFields(vocabulary.withCompoundsSplit(text), PARTS_FIELDS, SWEDISH, PARTS));
        }
        clauses.add(Query.of(q -> q.nested(n -> {
            n.path("attachments").scoreMode(ChildScoreMode.Max)
                    .query(nq -> nq.multiMatch(mm -> mm.query(text).fields(ATTACHMENT_FIELDS)
                            .type(TextQueryType.CrossFields).minimumShouldMatch(minimumShouldMatch)));
            if (withInnerHits) {
                n.innerHits(attachmentHits);
            }
            return n;
        })));
        return clauses;
    }

    /** The clauses below the tier: typing errors, and compounds of which a part is missing. */
    List<Query> approximate() {
        List<Query> clauses = new ArrayList<>();
        if (features.contains(Feature.FUZZY)) {
            clauses.add(fuzzy());
        }
        List<String> words = Vocabulary.words(text);
        boolean hasCompound = words.stream().anyMatch(w -> !vocabulary.compoundParts(w).isEmpty());
        if (hasCompound && features.contains(Feature.COMPOUNDS)) {
            List<Query> perWord = new ArrayList<>();
            for (String word : words) {
                List<String> parts = vocabulary.compoundParts(word);
                if (parts.isEmpty()) {
                    perWord.add(partsMatch(word));
                } else {
                    // The first parts name the subject ("skolskjuts|planering", "snöröjning|s|rutin"): they must be
                    // there; the last one, often a general word (planering, rutin, system), may be missing.
                    String modifier = String.join(" ", parts.subList(0, parts.size() - 1));
                    perWord.add(Query.of(q -> q.bool(b -> b.must(partsMatch(modifier)).should(partsMatch(parts.get(parts.size() - 1))))));
                }
            }
            clauses.add(Query.of(q -> q.bool(b -> b.should(perWord).minimumShouldMatch(minimumShouldMatch).boost(SOME_PARTS))));
        }
        return clauses;
    }

    /** The whole relevance query: any clause may match; the tier, phrase and language only add to the score. */
    Query build() {
        List<Query> matching = new ArrayList<>(notFuzzy(true));
        matching.addAll(approximate());
        List<Query> bonuses = new ArrayList<>();
        bonuses.add(Query.of(q -> q.constantScore(c -> c.boost(NOT_FUZZY_TIER)
                .filter(f -> f.bool(b -> b.should(notFuzzy(false)).minimumShouldMatch("1"))))));
        bonuses.add(Query.of(q -> q.multiMatch(mm -> mm.query(text).fields(PHRASE_FIELDS).type(TextQueryType.Phrase)
                .slop(2).boost(PHRASE))));
        if (features.contains(Feature.TRANSLATION) && vocabulary.looksEnglish(text)) {
            bonuses.add(Query.of(q -> q.term(t -> t.field("language").value("en").boost(QUERY_LANGUAGE))));
        }
        // An item must match one of the matching clauses (their scores add up); the tier, phrase and language
        // only add to the score of items that do.
        Query relevance = Query.of(q -> q.bool(b -> b
                .must(m -> m.bool(any -> any.should(matching).minimumShouldMatch("1")))
                .should(bonuses)));
        return reused(relevance);
    }

    /** The reuse lift, added to the score of whatever matched (an item never marked gets nothing). */
    static Query reused(Query relevance) {
        return Query.of(q -> q.functionScore(fs -> fs.query(relevance)
                .functions(f -> f.fieldValueFactor(v -> v.field("reuseCount").modifier(FieldValueFactorModifier.Log1p)
                        .factor(1.0).missing(0.0)).weight(REUSED))
                .scoreMode(FunctionScoreMode.Sum)
                .boostMode(FunctionBoostMode.Sum)));
    }

    /** Matches the items the words find without typing errors (for counting them). */
    Query withoutTypingErrors() {
        return Query.of(q -> q.bool(b -> b.should(notFuzzy(false)).minimumShouldMatch("1")));
    }

    /**
     * Each word of five letters or more with up to one typing error (two from eight letters), the
     * first letter as typed; shorter words exactly. Stop words match everything, so they never count.
     */
    Query fuzzy() {
        List<Query> words = new ArrayList<>();
        for (String word : Vocabulary.words(text)) {
            boolean fuzzy = word.length() >= MIN_FUZZY_LENGTH;
            words.add(Query.of(q -> q.match(m -> {
                m.field(FUZZY_FIELD).query(word).analyzer(WORDS).zeroTermsQuery(ZeroTermsQuery.All);
                if (fuzzy) {
                    m.fuzziness("AUTO:" + MIN_FUZZY_LENGTH + ",8").prefixLength(1).maxExpansions(30);
                }
                return m;
            })));
        }
        return Query.of(q -> q.bool(b -> b.should(words).minimumShouldMatch(minimumShouldMatch).boost(FUZZY)));
    }

    /** All the words, in any of the compound-part fields. Stop words match everything, so they never count. */
    private static Query partsMatch(String words) {
        return Query.of(q -> q.multiMatch(mm -> mm.query(words).fields(PARTS_FIELDS).type(TextQueryType.CrossFields)
                .analyzer(SWEDISH).operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And)
                .zeroTermsQuery(ZeroTermsQuery.All)));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private Query crossFields(String query, List<String> fields, String analyzer, float boost) {
        return Query.of(q -> q.multiMatch(mm -> {
            mm.query(query).fields(fields).type(TextQueryType.CrossFields).minimumShouldMatch(minimumShouldMatch).boost(boost);
            if (analyzer != null) {
                mm.analyzer(analyzer);
            }
            return mm;
        }));
    }
}
