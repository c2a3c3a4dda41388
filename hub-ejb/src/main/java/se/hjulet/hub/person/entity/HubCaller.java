package se.hjulet.hub.person.entity;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/**
 * The authenticated caller as the login mechanism saw them: who issued the identity, the subject,
 * and the organisation codes and global groups its claims carry. Put into the caller's Subject by
 * the web layer for both browser logins and bearer tokens, so boundaries read one thing.
 */
public record HubCaller(String issuer, String subject, String displayName, String email,
                        Set<String> organisationCodes, Set<String> groups, boolean emailVerified) implements Principal, Serializable {

    public static final String ADMIN = "admin";
    public static final String FACILITATOR = "facilitator";

    public HubCaller {
        organisationCodes = organisationCodes == null ? Set.of() : Set.copyOf(organisationCodes);
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }

    /** A login whose provider does not say the e-mail is verified: it never grants a domain membership. */
    public HubCaller(String issuer, String subject, String displayName, String email,
                     Set<String> organisationCodes, Set<String> groups) {
        this(issuer, subject, displayName, email, organisationCodes, groups, false);
    }

    /** The domain of a verified e-mail address, lower-case; empty when the address is not verified. */
    public java.util.Optional<String> verifiedEmailDomain() {
        if (!emailVerified || email == null || email.lastIndexOf('@') < 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(email.substring(email.lastIndexOf('@') + 1).strip().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public String getName() {
        return subject;
    }

    public boolean isPlatformAdmin() {
        return groups.contains(ADMIN);
    }
}
