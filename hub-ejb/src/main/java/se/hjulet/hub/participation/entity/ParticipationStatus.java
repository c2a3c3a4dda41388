package se.hjulet.hub.participation.entity;

/** Interested → pledged → accepted or declined by the item's owner. */
public enum ParticipationStatus {
    INTERESTED, PLEDGED, ACCEPTED, DECLINED
}
