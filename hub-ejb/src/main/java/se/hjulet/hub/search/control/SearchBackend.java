package se.hjulet.hub.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.hjulet.search.SearchUnavailableException;
import se.hjulet.search.connection.ElasticsearchConnection;
import se.hjulet.search.index.SearchIndex;
import se.hjulet.search.matching.Partners;
import se.hjulet.search.matching.SimilarItems;
import se.hjulet.search.query.Search;

/**
 * The one connection to Elasticsearch, from configuration. The index is created on first use, so the
 * hub starts (and accepts writes) while Elasticsearch is still down.
 */
@ApplicationScoped
public class SearchBackend {

    @Inject
    @ConfigProperty(name = "hub.elasticsearch.hosts")
    String hosts;

    @Inject
    @ConfigProperty(name = "hub.elasticsearch.index")
    String alias;

    private ElasticsearchConnection connection;
    private SearchIndex index;
    private Search search;
    private SimilarItems similarItems;
    private Partners partners;
    private final AtomicBoolean indexReady = new AtomicBoolean();

    @PostConstruct
    void connect() {
        connection = new ElasticsearchConnection(hosts);
        index = new SearchIndex(connection, alias);
        search = new Search(connection, alias);
        similarItems = new SimilarItems(connection, alias);
        partners = new Partners(connection, alias);
    }

    @PreDestroy
    void close() {
        connection.close();
    }

    @Inject
    Event<IndexCreated> indexCreated;

    /**
     * The index, created with its settings and mappings if it does not exist yet. A newly created
     * index is empty while the database is not (a new or wiped cluster): observers refill it.
     */
    public SearchIndex index() {
        if (!indexReady.get()) {
            boolean created = index.ensureExists();
            indexReady.set(true);
            if (created) {
                indexCreated.fire(new IndexCreated(alias));
            }
        }
        return index;
    }

    /** The search index behind {@code alias} was created empty just now, or holds entries of an older form: refill it. */
    public record IndexCreated(String alias) {
    }

    public Search search() {
        index();
        return search;
    }

    public SimilarItems similarItems() {
        index();
        return similarItems;
    }

    public Partners partners() {
        index();
        return partners;
    }

    public boolean isAvailable() {
        return connection.isAvailable();
    }

    /** After a failure the index may have been removed (a wiped node): check again next time. */
    public void forgetIndexState(SearchUnavailableException cause) {
        indexReady.set(false);
    }
}
