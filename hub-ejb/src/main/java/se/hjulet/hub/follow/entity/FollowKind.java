package se.hjulet.hub.follow.entity;

/** What a follow is of. */
public enum FollowKind {
    /** One initiative: its changes. */
    ITEM,
    /** One public collection: its changes, while it stays public. */
    COLLECTION,
    /** An organisation: what it publishes and changes, and what it takes part in. */
    ORGANISATION,
    /** A search with its filters: new and changed items that it finds. */
    SEARCH
}
