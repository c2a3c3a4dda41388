package se.hjulet.search;

/**
 * Elasticsearch cannot be reached or cannot serve the request right now (connection refused, timeout,
 * 503). The web layer answers such a failure with 503 and {@link #USER_MESSAGE}; it is the only
 * exception type that {@code Search} and {@code SearchIndex} use for an unavailable cluster.
 */
public class SearchUnavailableException extends RuntimeException {

    /** What a visitor is told. */
    public static final String USER_MESSAGE = "Sökningen är tillfälligt otillgänglig";

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
