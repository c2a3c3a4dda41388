package se.hjulet.search.matching;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.MtermvectorsResponse;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.mtermvectors.MultiTermVectorsOperation;
import co.elastic.clients.elasticsearch.core.mtermvectors.MultiTermVectorsResult;
import co.elastic.clients.json.JsonData;
import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.index.IndexEntry;

/**
 * The significant words of public initiatives about to be indexed ({@link StoredWords}), for the index to store with
 * them. Words stored for the same text are reused (an item re-indexed for a new participant, a rebuild); the rest
 * cost one term-vectors request per batch, on the index the alias names now. Thread-safe.
 */
public final class ItemWords {

    /** Raised when what is stored changes meaning, so that stored words of an older kind are computed again. */
    private static final String VERSION = "1";
    /** The field of an entry that holds them. */
    public static final String FIELD = "significantWords";
    /** Artificial documents analysed per request: their term statistics make a response of some kilobytes each. */
    private static final int COMPUTED_PER_REQUEST = 100;

    private static final System.Logger LOG = System.getLogger(ItemWords.class.getName());

    private final ElasticsearchConnection connection;
    private final String alias;
    private final GeneralWords general;

    public ItemWords(ElasticsearchConnection connection, String alias) {
        this.connection = connection;
        this.alias = alias;
        this.general = new GeneralWords(connection, alias);
    }

    /**
     * @return for each public initiative among {@code entries} (by id), its stored words; none for other entries, and
     *         none at all while the index does not exist (candidates without them are read as before)
     */
    public Map<String, StoredWords> of(List<IndexEntry> entries) {
        Map<String, IndexEntry> initiatives = new LinkedHashMap<>();
        entries.stream().filter(e -> IndexEntry.PUBLIC.equals(e.visibility()) && Comparison.INITIATIVE_KINDS.contains(e.kind()))
                .forEach(e -> initiatives.put(e.id(), e));
        if (initiatives.isEmpty()) {
            return Map.of();
        }
        try {
            Map<String, StoredWords> words = new HashMap<>();
            Set<String> inIndex = new HashSet<>();
            Map<String, String> digests = new HashMap<>();
            initiatives.values().forEach(e -> digests.put(e.id(), digestOf(e)));
            storedNow(initiatives.keySet(), inIndex).forEach((id, stored) -> {
                if (stored.digest() != null && stored.digest().equals(digests.get(id)) && stored.usable()) {
                    words.put(id, stored);
                }
            });
            List<IndexEntry> toCompute = initiatives.values().stream().filter(e -> !words.containsKey(e.id())).toList();
            for (int start = 0; start < toCompute.size(); start += COMPUTED_PER_REQUEST) {
                computeInto(words, toCompute.subList(start, Math.min(toCompute.size(), start + COMPUTED_PER_REQUEST)), inIndex, digests);
            }
            return words;
        } catch (ElasticsearchException e) {
            if (e.status() >= 500) {
                throw e;
            }
            // No index yet, or an alias a racing create left on two indices (the write repairs it): matching reads
            // these items' words from the index until they are written again.
            LOG.log(System.Logger.Level.DEBUG, "Indexing without significant words: {0}", e.getMessage());
            return Map.of();
        }
    }

    private void computeInto(Map<String, StoredWords> words, List<IndexEntry> entries, Set<String> inIndex, Map<String, String> digests) {
        Set<String> generalStems = general.stems();
        MtermvectorsResponse response = connection.call("finding the significant words of " + entries.size() + " items",
                client -> client.mtermvectors(m -> m.index(alias).docs(entries.stream().map(ItemWords::artificial).toList())));
        List<MultiTermVectorsResult> results = response.docs();
        for (int i = 0; i < results.size() && i < entries.size(); i++) {
            MultiTermVectorsResult result = results.get(i);
            String id = entries.get(i).id();
            // One that failed is left without: matching then reads its words from the index, as for older entries.
            if (result.error() == null && result.termVectors() != null) {
                words.put(id, SignificantTerms.toStore(result.termVectors(), inIndex.contains(id), generalStems, digests.get(id)));
            }
        }
    }

    /** The stored words the index holds now for these ids; {@code found} is told which ids it holds at all. */
    private Map<String, StoredWords> storedNow(Set<String> ids, Set<String> found) {
        MgetResponse<Stored> response = connection.call("reading the stored words of " + ids.size() + " items", client -> client.mget(m -> m
                .index(alias).ids(List.copyOf(ids)).sourceIncludes(FIELD), Stored.class));
        Map<String, StoredWords> stored = new HashMap<>();
        for (MultiGetResponseItem<Stored> item : response.docs()) {
            if (item.isResult()) {
                GetResult<Stored> result = item.result();
                if (result.found()) {
                    found.add(result.id());
                    if (result.source() != null && result.source().significantWords() != null) {
                        stored.put(result.id(), result.source().significantWords());
                    }
                }
            }
        }
        return stored;
    }

    private static MultiTermVectorsOperation artificial(IndexEntry entry) {
        return MultiTermVectorsOperation.of(o -> o.doc(JsonData.of(SignificantTerms.textOf(entry)))
                .fields(new ArrayList<>(SignificantTerms.WORD_FIELDS.keySet()))
                .positions(false).offsets(false).termStatistics(true).fieldStatistics(true));
    }

    /** Of the text the words come from (and of what they mean), so that words stored for the same text are reused. */
    static String digestOf(IndexEntry entry) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : List.of(VERSION, String.valueOf(entry.title()), String.valueOf(entry.lead()), String.valueOf(entry.body()),
                    entry.conclusions(), entry.tags())) {
                digest.update(part.toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest()).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** An entry's stored words, as read back. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stored(StoredWords significantWords) {
    }
}
