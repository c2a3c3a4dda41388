package se.hjulet.hub.project.entity;

/** How much the owner invites others in, from sharing what they learn to asking for money. */
public enum CollaborationLevel {
    SHARE_IDEAS, OPEN_TO_CONVERSATION, SEEKING_PARTNERS, SEEKING_CO_FINANCING
}
