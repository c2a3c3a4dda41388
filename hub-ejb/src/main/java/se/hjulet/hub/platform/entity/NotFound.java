package se.hjulet.hub.platform.entity;

import jakarta.ejb.ApplicationException;

/** Nothing the caller may see has this identity (HTTP 404). Drafts of others are "not found" too. */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
