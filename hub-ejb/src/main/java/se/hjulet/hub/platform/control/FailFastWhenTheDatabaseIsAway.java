package se.hjulet.hub.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink by default answers a lost database connection by retrying read queries three times,
 * five seconds apart. While PostgreSQL restarted, every request then hung for up to fifteen seconds,
 * and Payara's few request threads were soon all waiting: pages that need no database stopped
 * answering too. The hub fails at once instead (a clear 503), and the connection pool, which checks
 * each connection before handing it out, is fresh again as soon as the database is back.
 */
public class FailFastWhenTheDatabaseIsAway implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
    }
}
