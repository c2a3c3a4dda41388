package se.hjulet.hub.ui;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Optional;
import javax.transaction.xa.XAException;
import se.hjulet.search.SearchUnavailableException;

/**
 * Finds the failure a boundary meant behind the container's wrapping: an EJB wraps every runtime
 * exception that is not an application exception (such as SearchUnavailableException or an
 * OptimisticLockException at commit) in an EJBException. The API and the forms both ask here what a
 * failure means for the person who caused it.
 */
public final class Failures {

    /** What went wrong, as far as the person asking can act on it. */
    public enum Kind {
        /** Someone else saved the same item first (a stale version at commit). */
        LOST_UPDATE,
        /** A parallel request created the same thing first (a unique key or other integrity rule). */
        CLASH,
        /** The database cannot be reached; nothing was saved. */
        DATABASE_UNAVAILABLE,
        SEARCH_UNAVAILABLE,
        /** A fault of the hub's own: logged, never explained to the caller in detail. */
        UNKNOWN
    }

    private Failures() {
    }

    public static <T extends Throwable> Optional<T> causeOf(Throwable failure, Class<T> type) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (type.isInstance(current)) {
                return Optional.of(type.cast(current));
            }
            if (current.getCause() == current) {
                break;
            }
            current = current.getCause();
        }
        return Optional.empty();
    }

    public static Kind kindOf(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 20; depth++) {
            // By name: JPA's and EclipseLink's own (which reaches us at commit) are both called so.
            if (current.getClass().getSimpleName().equals("OptimisticLockException")) {
                return Kind.LOST_UPDATE;
            }
            if (current instanceof SearchUnavailableException) {
                return Kind.SEARCH_UNAVAILABLE;
            }
            if (current instanceof ConnectException || connectionLost(current) || commitNotConfirmed(current)) {
                return Kind.DATABASE_UNAVAILABLE;
            }
            if (current instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return Kind.CLASH;
            }
            if (current.getCause() == current) {
                break;
            }
            current = current.getCause();
        }
        return Kind.UNKNOWN;
    }

    /**
     * The database failed while committing, after every statement had gone through: Payara's connector
     * reports it as a resource-manager error and keeps only the text of the SQL failure (the SQLSTATE is
     * lost), so it is recognised by the error code. The hub has one resource manager, the database, and
     * a transaction whose commit it did not confirm was rolled back with the lost connection.
     */
    private static boolean commitNotConfirmed(Throwable failure) {
        return failure instanceof XAException xa && (xa.errorCode == XAException.XAER_RMERR || xa.errorCode == XAException.XAER_RMFAIL);
    }

    /**
     * SQLSTATE class 08 is a lost or refused connection, 57P0x a server shutting down or starting; the
     * pool says "Error in allocating a connection" when it cannot open one at all.
     */
    private static boolean connectionLost(Throwable failure) {
        if (failure instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                return true;
            }
        }
        String message = failure.getMessage();
        return message != null && message.contains("Error in allocating a connection");
    }
}
