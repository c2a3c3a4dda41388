package se.hjulet.hub.person.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.platform.entity.InvalidInput;

/** An e-mail domain (e.g. ornskoldsvik.se) whose verified addresses make people members of an organisation. */
@Entity
@Table(name = "email_domain")
@NamedQuery(name = EmailDomain.OF_ORGANISATION,
        query = "select d from EmailDomain d where d.organisation = :organisation order by d.domain")
@NamedQuery(name = EmailDomain.ALL, query = "select d from EmailDomain d order by d.domain")
public class EmailDomain {

    public static final String ALL = "EmailDomain.all";
    public static final String OF_ORGANISATION = "EmailDomain.ofOrganisation";
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9åäöü]([a-z0-9åäöü-]{0,61}[a-z0-9åäöü])?\\.)+[a-z]{2,63}");

    @Id
    private String domain;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EmailDomain() {
    }

    public EmailDomain(String domain, Organisation organisation) {
        this.domain = normalise(domain);
        this.organisation = organisation;
        this.createdAt = Instant.now();
    }

    /** Lower-case, without a leading "@"; refuses what cannot be an e-mail domain. */
    public static String normalise(String domain) {
        String d = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT).replaceFirst("^@", "");
        if (d.length() > 253 || !DOMAIN.matcher(d).matches()) {
            throw new InvalidInput("domain", "'" + domain + "' is not an e-mail domain such as ornskoldsvik.se.");
        }
        return d;
    }

    public String domain() {
        return domain;
    }

    public Organisation organisation() {
        return organisation;
    }
}
