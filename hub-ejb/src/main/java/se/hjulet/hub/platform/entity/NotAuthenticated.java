package se.hjulet.hub.platform.entity;

import jakarta.ejb.ApplicationException;

/** The action needs a logged-in person and there is none (HTTP 401). */
@ApplicationException(rollback = true)
public class NotAuthenticated extends RuntimeException {

    public NotAuthenticated() {
        super("Log in to do this.");
    }
}
