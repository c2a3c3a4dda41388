package se.hjulet.hub.collection.entity;

/** Who may read a collection. */
public enum Visibility {
    /** Everyone; listed and searchable. */
    PUBLIC,
    /** Whoever has the link (with its token); never listed or searchable. */
    LINK_ONLY,
    /** Members of the participating organisations and the curator. */
    PARTICIPANTS
}
