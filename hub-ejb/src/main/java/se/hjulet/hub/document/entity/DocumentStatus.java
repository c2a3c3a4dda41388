package se.hjulet.hub.document.entity;

/** Where reading a document's text stands; the bytes are kept whatever it says. */
public enum DocumentStatus {
    /** Stored; its text has not been read yet. */
    PENDING,
    OK,
    ENCRYPTED,
    FAILED,
    TRUNCATED
}
