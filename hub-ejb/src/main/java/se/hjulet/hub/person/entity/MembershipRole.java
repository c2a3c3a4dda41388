package se.hjulet.hub.person.entity;

public enum MembershipRole {
    MEMBER, ORGANISATION_ADMIN
}
