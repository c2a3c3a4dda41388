package se.hjulet.search.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.index.IndexEntry;
import se.hjulet.search.index.SearchIndex;
import se.hjulet.search.testing.ElasticsearchNodeExtension;
import se.hjulet.search.testing.evaluation.JudgedCorpus;

/**
 * Similar items read each candidate's significant words from its entry, stored at indexing, instead of asking the
 * index for them: on the judged set the answers must be the very ones read live.
 */
@ExtendWith(ElasticsearchNodeExtension.class)
class StoredWordsTest {

    private static final String ALIAS = "stored-words-test";
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static ElasticsearchConnection connection;
    private static SearchIndex index;
    private static List<IndexEntry> entries;

    @BeforeAll
    static void connect() {
        connection = new ElasticsearchConnection(ElasticsearchNodeExtension.httpUrl());
        index = new SearchIndex(connection, ALIAS);
        entries = JudgedCorpus.load().indexEntries();
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Test
    void similarItemsAndPartnersFromStoredWordsAreThoseReadLive() {
        // The first fill has no index to take word statistics from: nothing is stored, so every candidate is read live.
        index.rebuild(entries.iterator());
        assertTrue(entries.stream().allMatch(e -> storedWordsOf(e.id()) == null), "nothing stored without statistics");
        Map<String, List<String>> live = answers();

        // A rebuild takes them from the index it replaces, which holds the same texts.
        index.rebuild(entries.iterator());
        for (IndexEntry entry : entries) {
            StoredWords stored = storedWordsOf(entry.id());
            if (IndexEntry.PUBLIC.equals(entry.visibility()) && Comparison.INITIATIVE_KINDS.contains(entry.kind())) {
                assertNotNull(stored, entry.id());
                assertEquals(entries.size(), stored.items(), entry.id());
                assertTrue(stored.usable() && !stored.shared().isEmpty(), entry.id() + ": " + stored);
            } else {
                assertNull(stored, "only public initiatives are compared: " + entry.id());
            }
        }
        Map<String, List<String>> stored = answers();
        live.forEach((id, answer) -> assertEquals(answer, stored.get(id), id));
    }

    @Test
    void wordsAreReusedWhileTheTextIsTheSameAndComputedAgainWhenItChanges() {
        String alias = ALIAS + "-changes";
        SearchIndex changing = new SearchIndex(connection, alias);
        changing.rebuild(entries.iterator());
        changing.rebuild(entries.iterator());
        IndexEntry item = entries.stream().filter(e -> IndexEntry.PUBLIC.equals(e.visibility()) && IndexEntry.PROJECT.equals(e.kind()))
                .findFirst().orElseThrow();
        StoredWords before = storedWordsOf(alias, item.id());

        changing.bulk(List.of(item.withReuseCount(3)), List.of());
        assertEquals(before, storedWordsOf(alias, item.id()), "a new reuse count leaves the text as it was");

        IndexEntry rewritten = IndexEntry.builder(item.kind(), item.databaseId()).title(item.title())
                .lead("Kommunen provar vätgasdrivna sopbilar i stadskärnan.").visibility(IndexEntry.PUBLIC).build();
        changing.upsert(rewritten);
        StoredWords after = storedWordsOf(alias, item.id());
        assertNotEquals(before.digest(), after.digest());
        assertTrue(after.shared().keySet().stream().anyMatch(w -> w.startsWith("sopbil")) || after.unique().keySet().stream()
                .anyMatch(w -> w.startsWith("sopbil") || w.startsWith("vätgas")), after.toString());
    }

    /** For every public initiative: its similar items and, for a need, its partners, with scores to the last digit. */
    private static Map<String, List<String>> answers() {
        index.refresh();
        SimilarItems similar = new SimilarItems(connection, ALIAS);
        Partners partners = new Partners(connection, ALIAS);
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (IndexEntry entry : entries) {
            if (!IndexEntry.PUBLIC.equals(entry.visibility()) || !Comparison.INITIATIVE_KINDS.contains(entry.kind())) {
                continue;
            }
            List<String> answer = new ArrayList<>();
            similar.similarTo(entry, true, 10, null).forEach(i -> answer.add(i.id() + " " + i.score()));
            if (IndexEntry.PROCUREMENT_NEED.equals(entry.kind())) {
                partners.forNeed(entry, true, 10, TODAY).forEach(p -> answer.add(p.organisationCode() + " " + p.score()));
            }
            answers.put(entry.id(), answer);
        }
        assertTrue(answers.values().stream().filter(a -> !a.isEmpty()).count() > entries.size() / 2, "most items have similar ones");
        return answers;
    }

    private static StoredWords storedWordsOf(String id) {
        return storedWordsOf(ALIAS, id);
    }

    private static StoredWords storedWordsOf(String alias, String id) {
        return connection.call("reading " + id, client -> client.get(g -> g.index(alias).id(id).sourceIncludes(ItemWords.FIELD),
                ItemWords.Stored.class)).source().significantWords();
    }
}
