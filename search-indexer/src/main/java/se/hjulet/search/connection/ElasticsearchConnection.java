package se.hjulet.search.connection;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.instrumentation.NoopInstrumentation;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import se.hjulet.search.SearchUnavailableException;

/**
 * The client for one Elasticsearch cluster, with short timeouts so that a dead cluster fails a page
 * fast instead of hanging it. Thread-safe; make one per application and close it at shutdown.
 */
public final class ElasticsearchConnection implements AutoCloseable {

    public static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    public static final int SOCKET_TIMEOUT_MILLIS = 10_000;
    /**
     * Connections kept open to each node, and to all. The client's defaults (10 a node, 30 in all) are fewer
     * than the requests a Payara instance serves at once (its HTTP pool, see pre-boot-commands.asadmin), so
     * searches queued in the hub for a connection while Elasticsearch had work to spare.
     */
    public static final int CONNECTIONS_PER_NODE = 40;
    public static final int CONNECTIONS = 120;

    private final String hosts;
    private final RestClient restClient;
    private final ElasticsearchClient client;
    private final ObjectMapper objectMapper;

    /** @param hosts comma-separated base URLs, for example {@code http://127.0.0.1:9250,http://10.0.0.2:9200} */
    public ElasticsearchConnection(String hosts) {
        this(hosts, null);
    }

    /**
     * @param hosts  comma-separated base URLs
     * @param apiKey an Elasticsearch API key (the base64 "encoded" form) for a secured cluster, or {@code null}
     */
    public ElasticsearchConnection(String hosts, String apiKey) {
        this.hosts = hosts;
        this.objectMapper = newObjectMapper();
        var builder = RestClient.builder(parseHosts(hosts))
                .setRequestConfigCallback(config -> config
                        .setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
                        .setSocketTimeout(SOCKET_TIMEOUT_MILLIS))
                .setHttpClientConfigCallback(http -> http
                        .setMaxConnPerRoute(CONNECTIONS_PER_NODE)
                        .setMaxConnTotal(CONNECTIONS));
        if (apiKey != null && !apiKey.isBlank()) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + apiKey.strip())});
        }
        this.restClient = builder.build();
        // No tracing: the client would otherwise open an OpenTelemetry context for every request (Payara carries the
        // API), work a search profile found on every call while the hub exports no traces.
        this.client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper(objectMapper), null,
                NoopInstrumentation.INSTANCE));
    }

    /** The JSON mapping used for documents: ISO-8601 dates, no nulls written, unknown fields ignored on read. */
    public static ObjectMapper newObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public ElasticsearchClient client() {
        return client;
    }

    public ObjectMapper objectMapper() {
        return objectMapper;
    }

    public String hosts() {
        return hosts;
    }

    /** True when the cluster answers its health API with yellow or green. Never throws. */
    public boolean isAvailable() {
        try {
            return client.cluster().health().status() != HealthStatus.Red;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Runs one client call, turning "the cluster is not there" (I/O failure, timeout, HTTP 502/503/504)
     * into {@link SearchUnavailableException}. Other Elasticsearch errors (bad request, missing index…)
     * pass through as the client's {@link ElasticsearchException}: they are bugs, not outages.
     *
     * @param action what was attempted, for the message (for example "searching hjulet")
     */
    public <T> T call(String action, ClientCall<T> call) {
        try {
            return call.run(client);
        } catch (ElasticsearchException e) {
            if (e.status() == 502 || e.status() == 503 || e.status() == 504) {
                throw new SearchUnavailableException("Elasticsearch could not serve " + action + ": " + e.getMessage(), e);
            }
            throw e;
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch at " + hosts + " is unreachable while " + action
                    + ": " + e, e);
        }
    }

    /** One request made with the client. */
    @FunctionalInterface
    public interface ClientCall<T> {
        T run(ElasticsearchClient client) throws IOException;
    }

    @Override
    public void close() {
        try {
            restClient.close();
        } catch (IOException e) {
            // closing a connection pool cannot meaningfully fail for the caller
        }
    }

    private static HttpHost[] parseHosts(String hosts) {
        if (hosts == null || hosts.isBlank()) {
            throw new IllegalArgumentException("No Elasticsearch hosts given (expected for example http://127.0.0.1:9250)");
        }
        List<HttpHost> parsed = Arrays.stream(hosts.split(","))
                .map(String::strip)
                .filter(host -> !host.isEmpty())
                .map(ElasticsearchConnection::parseHost)
                .toList();
        return parsed.toArray(HttpHost[]::new);
    }

    private static HttpHost parseHost(String host) {
        if (!host.startsWith("http://") && !host.startsWith("https://")) {
            throw new IllegalArgumentException("Elasticsearch host must be a URL like http://host:port, got '" + host + "'");
        }
        return HttpHost.create(host);
    }
}
