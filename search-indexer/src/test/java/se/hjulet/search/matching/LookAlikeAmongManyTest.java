package se.hjulet.search.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.index.IndexEntry;
import se.hjulet.search.index.SearchIndex;
import se.hjulet.search.testing.ElasticsearchNodeExtension;

/** The look-alike warning when the index also holds hundreds of unrelated items, as a busy hub does. */
@ExtendWith(ElasticsearchNodeExtension.class)
class LookAlikeAmongManyTest {

    private static final String ALIAS = "look-alike-among-many-test";
    private static ElasticsearchConnection connection;
    private static SimilarItems similar;

    private static final IndexEntry LANGUAGE_CAFE = IndexEntry.builder(IndexEntry.LEARNING_EXAMPLE, 1)
            .title("Språkcafé i Kvarnbo för nyanlända")
            .lead("Biblioteket i Kvarnbo och frivilliga ordnar ett språkcafé där nyanlända övar svenska varje vecka.")
            .conclusions(List.of("Biblioteket i Kvarnbo och frivilliga ordnar ett språkcafé där nyanlända övar svenska varje vecka."))
            .organisation("1485", "Uddevalla").visibility(IndexEntry.PUBLIC).url("/x/1").build();

    @BeforeAll
    static void index() {
        connection = new ElasticsearchConnection(ElasticsearchNodeExtension.httpUrl());
        SearchIndex index = new SearchIndex(connection, ALIAS);
        index.ensureExists();
        List<IndexEntry> items = new ArrayList<>(List.of(LANGUAGE_CAFE));
        for (int i = 2; i < 400; i++) {
            items.add(IndexEntry.builder(i % 3 == 0 ? IndexEntry.PROJECT : IndexEntry.LEARNING_EXAMPLE, i)
                    .title("Lasttest " + i + " av publicering").lead("Ett initiativ som skapas och publiceras under last nummer " + i + ".")
                    .organisation("1485", "Uddevalla").visibility(IndexEntry.PUBLIC).url("/x/" + i).build());
        }
        assertFalse(index.bulk(items, List.of()).hasFailures());
        index.refresh();
        similar = new SimilarItems(connection, ALIAS);
    }

    @AfterAll
    static void close() {
        connection.close();
    }

    @Test
    void aDraftTellingTheSameStoryIsWarnedAboutAmongHundredsOfOtherItems() {
        IndexEntry draft = IndexEntry.builder(IndexEntry.LEARNING_EXAMPLE, 0)
                .title("Språkcafé för nyanlända i Kvarnbo")
                .lead("Frivilliga och nyanlända i Kvarnbo träffas varje vecka på biblioteket och övar svenska.")
                .visibility("draft").build();
        assertEquals(List.of(LANGUAGE_CAFE.id()), similar.lookAlikes(draft, null).stream().map(SimilarItem::id).toList());
    }

    @Test
    void aDraftOfOnlyCommonWordsIsRefusedRatherThanComparedWithNothing() {
        IndexEntry draft = IndexEntry.builder(IndexEntry.LEARNING_EXAMPLE, 0)
                .title("Och det som är").lead("Det är som det är.").body("och så var det").visibility("draft").build();
        assertThrows(SimilarItems.NothingToCompare.class, () -> similar.lookAlikes(draft, null));
    }
}
