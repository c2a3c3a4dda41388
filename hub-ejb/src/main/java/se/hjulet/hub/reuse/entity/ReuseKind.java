package se.hjulet.hub.reuse.entity;

/** How an organisation used another's work: took it over (REUSED) or did something of its own after it (INSPIRED). */
public enum ReuseKind {
    REUSED, INSPIRED
}
