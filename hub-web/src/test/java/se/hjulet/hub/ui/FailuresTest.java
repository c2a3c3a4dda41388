package se.hjulet.hub.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.net.ConnectException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;
import se.hjulet.search.SearchUnavailableException;

/** What a failure means for the person who caused it, found behind the container's wrapping. */
class FailuresTest {

    @Test
    void aStaleVersionAtCommitIsALostUpdate() {
        var atCommit = new RollbackException("commit failed");
        atCommit.initCause(new OptimisticLockException("changed since read"));
        assertEquals(Failures.Kind.LOST_UPDATE, Failures.kindOf(new EJBTransactionRolledbackException("rolled back", atCommit)));
    }

    @Test
    void aUniqueKeyViolatedByAParallelTwinIsAClash() {
        var duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        assertEquals(Failures.Kind.CLASH, Failures.kindOf(new EJBException(new PersistenceException(duplicate))));
    }

    @Test
    void aDatabaseOutOfReachIsSaidAsSuch() {
        assertEquals(Failures.Kind.DATABASE_UNAVAILABLE, Failures.kindOf(
                new EJBException(new PersistenceException(new SQLException("Connection refused", "08001")))));
        assertEquals(Failures.Kind.DATABASE_UNAVAILABLE, Failures.kindOf(new PersistenceException(new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated"))));
        assertEquals(Failures.Kind.DATABASE_UNAVAILABLE, Failures.kindOf(new SQLException("terminating connection due to administrator command", "57P01")));
        assertEquals(Failures.Kind.DATABASE_UNAVAILABLE, Failures.kindOf(new EJBException(new RuntimeException(new ConnectException("refused")))));
    }

    /**
     * PostgreSQL stopping between the last statement and the commit: Payara's connector turns the failed
     * commit into an XAException that keeps only the text, and the transaction manager and the EJB
     * container wrap that (the fault suite met it once in about 600 writes as a 500).
     */
    @Test
    void aCommitTheDatabaseDidNotConfirmIsTheDatabaseOutOfReach() {
        var commit = new XAException("jakarta.resource.spi.LocalTransactionException: An I/O error occurred while sending to the backend.");
        commit.errorCode = XAException.XAER_RMERR;
        var manager = new jakarta.transaction.SystemException();
        manager.initCause(commit);
        assertEquals(Failures.Kind.DATABASE_UNAVAILABLE, Failures.kindOf(new EJBException(manager)));

        var elsewhere = new XAException("the branch was already completed");
        elsewhere.errorCode = XAException.XAER_PROTO;
        assertEquals(Failures.Kind.UNKNOWN, Failures.kindOf(new EJBException(elsewhere)), "a protocol error is the hub's own fault");
    }

    @Test
    void searchAwayAndUnknownFaultsAreToldApart() {
        assertEquals(Failures.Kind.SEARCH_UNAVAILABLE, Failures.kindOf(new EJBException(new SearchUnavailableException("down", null))));
        assertEquals(Failures.Kind.UNKNOWN, Failures.kindOf(new EJBException(new IllegalStateException("a bug"))));
        assertEquals(Failures.Kind.UNKNOWN, Failures.kindOf(new SQLException("syntax error", "42601")));
    }
}
