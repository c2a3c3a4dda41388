package se.hjulet.hub.platform.entity;

import jakarta.ejb.ApplicationException;

/** The request clashes with the item's current state: a stale version or a transition that is not allowed (HTTP 409). */
@ApplicationException(rollback = true)
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
