package se.hjulet.search.query;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
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
 *     that every non-fuzzy match gets, so a fuzzy match never outranks an exact one.</li>
 * </ul>
 * In every clause a query of one or two words needs all of them, longer queries all but one, and from six
 * words three quarters: an item that matches most words is found, and ranks below the ones that match all.
 */
final class TextQuery {

    /** Up to 2 words all must match; 3–5 words all but one; more, three quarters. */
    static final String MOST_WORDS = "2<-1 5<75%";
    /** For a second try when no item has most of the words: any one of them. */
    static final String ANY_WORD = "1";

    static final List<String> SWEDISH_FIELDS = List.of("title^3", "lead^2", "conclusions^2", "body", "tags.text^1.5",
            "organisationNames");
    static final List<String> ENGLISH_FIELDS = List.of("title.en^3", "lead.en^2", "conclusions.en^2", "body.en");
    static final List<String> PARTS_FIELDS = List.of("title.parts^3", "lead.parts^2", "conclusions.parts^2", "body.parts",
            "tags.parts^1.5");
    static final List<String> PHRASE_FIELDS = List.of("title^3", "lead^2", "conclusions^2", "body");
    static final List<String> FUZZY_FIELDS = List.of("title^3", "lead^2", "conclusions^2", "body", "tags.text^1.5");
    static final List<String> ATTACHMENT_FIELDS = List.of("attachments.name^1.5", "attachments.text^0.7",
            "attachments.text.en^0.7");

    static final float EXACT = 1.0f;
    static final float SYNONYMS = 1.0f;
    static final float ENGLISH = 1.0f;
    static final float TRANSLATED = 0.8f;
    static final float PARTS = 0.5f;
    static final float PHRASE = 2.0f;
    static final float FUZZY = 0.3f;
    /** Added to every item that matches without fuzziness: larger than any fuzzy score can be. */
    static final float NOT_FUZZY_TIER = 1000f;
    /** Lifts items written in English for a query written in English. */
    static final float QUERY_LANGUAGE = 1.0f;

    static final String SWEDISH = "hjulet_swedish";
    static final String SWEDISH_SYNONYMS = "hjulet_swedish_synonyms";
    static final String ENGLISH_TO_SWEDISH = "hjulet_english_to_swedish";

    private static final int MIN_FUZZY_LENGTH = 5;

    private final String text;
    private final String minimumShouldMatch;
    private final Vocabulary vocabulary;
    private final InnerHits attachmentHits;

    TextQuery(String text, String minimumShouldMatch, Vocabulary vocabulary, InnerHits attachmentHits) {
        this.text = text;
        this.minimumShouldMatch = minimumShouldMatch;
        this.vocabulary = vocabulary;
        this.attachmentHits = attachmentHits;
    }

    /** The clauses that match without fuzziness; an item matching any of them is in the upper tier. */
    List<Query> notFuzzy(boolean withInnerHits) {
        List<Query> clauses = new ArrayList<>();
        clauses.add(crossFields(text, SWEDISH_FIELDS, SWEDISH_SYNONYMS, SYNONYMS));
        clauses.add(crossFields(text, SWEDISH_FIELDS, SWEDISH, EXACT));
        clauses.add(crossFields(text, ENGLISH_FIELDS, null, ENGLISH));
        if (vocabulary.looksEnglish(text)) {
            clauses.add(crossFields(text, SWEDISH_FIELDS, ENGLISH_TO_SWEDISH, TRANSLATED));
        }
        clauses.add(crossFields(vocabulary.withCompoundsSplit(text), PARTS_FIELDS, SWEDISH, PARTS));
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

    /** The whole relevance query: any clause may match; the tier, phrase and language only add to the score. */
    Query build() {
        List<Query> notFuzzy = notFuzzy(true);
        List<Query> should = new ArrayList<>(notFuzzy);
        should.add(Query.of(q -> q.constantScore(c -> c.boost(NOT_FUZZY_TIER)
                .filter(f -> f.bool(b -> b.should(notFuzzy(false)).minimumShouldMatch("1"))))));
        should.add(fuzzy());
        should.add(Query.of(q -> q.multiMatch(mm -> mm.query(text).fields(PHRASE_FIELDS).type(TextQueryType.Phrase)
                .slop(2).boost(PHRASE))));
        if (vocabulary.looksEnglish(text)) {
            should.add(Query.of(q -> q.term(t -> t.field("language").value("en").boost(QUERY_LANGUAGE))));
        }
        // The phrase, tier and language clauses never match alone: an item needs one of the matching clauses.
        return Query.of(q -> q.bool(b -> b
                .should(should)
                .filter(f -> f.bool(any -> any.should(notFuzzy(false)).should(fuzzy()).minimumShouldMatch("1")))));
    }

    /**
     * Each word of five letters or more with up to one typing error (two from eight letters), the
     * first letter as typed; shorter words exactly. Stop words match everything, so they never count.
     */
    Query fuzzy() {
        List<Query> words = new ArrayList<>();
        for (String word : Vocabulary.words(text)) {
            boolean fuzzy = word.length() >= MIN_FUZZY_LENGTH;
            words.add(Query.of(q -> q.multiMatch(mm -> {
                mm.query(word).fields(FUZZY_FIELDS).type(TextQueryType.BestFields).analyzer(SWEDISH)
                        .zeroTermsQuery(ZeroTermsQuery.All);
                if (fuzzy) {
                    mm.fuzziness("AUTO:" + MIN_FUZZY_LENGTH + ",8").prefixLength(1).maxExpansions(30);
                }
                return mm;
            })));
        }
        return Query.of(q -> q.bool(b -> b.should(words).minimumShouldMatch(minimumShouldMatch).boost(FUZZY)));
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
