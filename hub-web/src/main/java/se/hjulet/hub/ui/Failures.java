package se.hjulet.hub.ui;

import java.util.Optional;

/**
 * Finds the failure a boundary meant behind the container's wrapping: an EJB wraps every runtime
 * exception that is not an application exception (such as SearchUnavailableException or an
 * OptimisticLockException at commit) in an EJBException.
 */
public final class Failures {

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
}
