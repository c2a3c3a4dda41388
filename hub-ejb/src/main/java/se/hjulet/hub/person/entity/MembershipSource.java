package se.hjulet.hub.person.entity;

/** Where a membership came from: claim memberships follow the identity provider, admin ones stay until removed. */
public enum MembershipSource {
    CLAIM, ADMIN
}
