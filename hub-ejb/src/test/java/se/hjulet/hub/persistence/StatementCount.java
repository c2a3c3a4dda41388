package se.hjulet.hub.persistence;

import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * EclipseLink's log, counting the SQL statements it sends: how a test sees whether reading a page costs
 * a fixed number of queries or one per row. Other messages at WARNING and above go to standard error.
 */
public class StatementCount extends AbstractSessionLog {

    static final AtomicInteger STATEMENTS = new AtomicInteger();

    @Override
    public boolean shouldLog(int level, String category) {
        return SessionLog.SQL.equals(category) || level >= SessionLog.WARNING;
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (SessionLog.SQL.equals(entry.getNameSpace())) {
            STATEMENTS.incrementAndGet();
        } else if (entry.getLevel() >= SessionLog.WARNING) {
            System.err.println(entry.getMessage());
        }
    }
}
