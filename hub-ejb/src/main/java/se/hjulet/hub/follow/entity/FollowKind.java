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
    SEARCH,
    /**
     * What concerns the person in the network: answers to their questions, comments on their organisations' items
     * and replies to their comments, reuse marks on their organisations' items. One per person, made with the first
     * such news (an implicit follow), so these news have a delivery choice and an unsubscribe link like all others.
     */
    NETWORK
}
