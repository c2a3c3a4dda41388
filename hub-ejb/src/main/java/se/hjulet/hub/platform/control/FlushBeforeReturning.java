package se.hjulet.hub.platform.control;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * On the boundaries that write: the changes of a call are written to the database (not committed)
 * before it returns. A write request is one transaction whose answer is built before the commit, so
 * without this the answer would show the version an item had before the change, and the client's next
 * update with that version would be refused. It also makes a lost update or a clash with a parallel
 * request surface inside the call, where it is answered as a 409.
 */
public class FlushBeforeReturning {

    @PersistenceContext
    EntityManager em;

    @AroundInvoke
    Object flush(InvocationContext call) throws Exception {
        Object result = call.proceed();
        if (em.isJoinedToTransaction()) {
            em.flush();
        }
        return result;
    }
}
