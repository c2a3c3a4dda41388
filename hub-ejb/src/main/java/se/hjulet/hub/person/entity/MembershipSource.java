package se.hjulet.hub.person.entity;

/**
 * Where a membership came from: claim memberships follow the identity provider, domain ones the
 * person's verified e-mail domain (both are re-checked at every login); admin ones (granted, or a
 * request approved) stay until removed.
 */
public enum MembershipSource {
    CLAIM, ADMIN, DOMAIN
}
