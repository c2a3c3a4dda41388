package se.hjulet.hub.initiative.entity;

public enum ParticipantRole {
    LEAD, PARTNER, CO_FINANCIER
}
