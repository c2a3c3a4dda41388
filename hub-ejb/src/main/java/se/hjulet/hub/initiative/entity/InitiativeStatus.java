package se.hjulet.hub.initiative.entity;

public enum InitiativeStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
