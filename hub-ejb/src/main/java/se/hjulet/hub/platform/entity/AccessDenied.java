package se.hjulet.hub.platform.entity;

import jakarta.ejb.ApplicationException;

/** The caller is known but may not do this (HTTP 403). */
@ApplicationException(rollback = true)
public class AccessDenied extends RuntimeException {

    public AccessDenied(String message) {
        super(message);
    }
}
