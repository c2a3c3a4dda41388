package se.hjulet.hub.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import se.hjulet.hub.platform.entity.InvalidInput;

/** A municipality, region, federation of municipalities (kommunalförbund), agency or other body. */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.BY_CODE, query = "select o from Organisation o where o.code = :code")
@NamedQuery(name = Organisation.BY_NAME, query = "select o from Organisation o where lower(o.name) = lower(:name)")
@NamedQuery(name = Organisation.ALL, query = "select o from Organisation o order by o.kind, o.name")
@NamedQuery(name = Organisation.FEDERATIONS_OF,
        query = "select f from Organisation f join f.members m where m = :member order by f.name")
public class Organisation {

    public static final String BY_CODE = "Organisation.byCode";
    public static final String BY_NAME = "Organisation.byName";
    public static final String ALL = "Organisation.all";
    public static final String FEDERATIONS_OF = "Organisation.federationsOf";

    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{4}");
    private static final Pattern COUNTY_CODE = Pattern.compile("\\d{2}");
    private static final Pattern ORGANISATION_NUMBER = Pattern.compile("\\d{6}-\\d{4}");

    @Id
    @SequenceGenerator(name = "hub_seq", sequenceName = "hub_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;

    @Column(nullable = false)
    private String name;

    private String code;

    @Column(name = "county_code")
    private String countyCode;

    private Integer population;

    @ManyToMany
    @JoinTable(name = "organisation_member",
            joinColumns = @JoinColumn(name = "federation_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    private Set<Organisation> members = new LinkedHashSet<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organisation() {
    }

    public Organisation(OrganisationKind kind, String name, String code, String countyCode) {
        if (kind == null) {
            throw new InvalidInput("kind", "Choose what kind of organisation this is.");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInput("name", "An organisation needs a name of at most 200 characters.");
        }
        this.kind = kind;
        this.name = name.strip();
        this.code = checkedCode(kind, code);
        this.countyCode = checkedCountyCode(countyCode);
        this.createdAt = Instant.now();
    }

    private static String checkedCode(OrganisationKind kind, String code) {
        if (code == null || code.isBlank()) {
            if (kind == OrganisationKind.MUNICIPALITY || kind == OrganisationKind.REGION) {
                throw new InvalidInput("code", "A " + kind.name().toLowerCase() + " needs its official code.");
            }
            return null;
        }
        String trimmed = code.strip();
        boolean valid = switch (kind) {
            case MUNICIPALITY -> MUNICIPALITY_CODE.matcher(trimmed).matches();
            case REGION -> COUNTY_CODE.matcher(trimmed).matches();
            default -> ORGANISATION_NUMBER.matcher(trimmed).matches();
        };
        if (!valid) {
            throw new InvalidInput("code", "'" + trimmed + "' is not a valid code: municipalities have a 4-digit"
                    + " kommunkod, regions a 2-digit länskod, others an organisation number like 222000-1234.");
        }
        return trimmed;
    }

    private static String checkedCountyCode(String countyCode) {
        if (countyCode == null || countyCode.isBlank()) {
            return null;
        }
        if (!COUNTY_CODE.matcher(countyCode.strip()).matches()) {
            throw new InvalidInput("countyCode", "A county code (länskod) has two digits, e.g. 14.");
        }
        return countyCode.strip();
    }

    public boolean isFederation() {
        return kind == OrganisationKind.FEDERATION;
    }

    /** Federations (kommunalförbund) list the organisations that belong to them. */
    public void addMember(Organisation member) {
        if (kind != OrganisationKind.FEDERATION) {
            throw new InvalidInput("members", name + " is not a federation and cannot have member organisations.");
        }
        if (member == this) {
            throw new InvalidInput("members", "An organisation cannot be a member of itself.");
        }
        members.add(member);
    }

    /** The code when it has one, else its name: how other records refer to it. */
    public String reference() {
        return code != null ? code : name;
    }

    public Long id() {
        return id;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String code() {
        return code;
    }

    public String countyCode() {
        return countyCode;
    }

    public Integer population() {
        return population;
    }

    /**
     * The size group of a municipality by population, as search filters on it ({@code under-10000},
     * {@code 10000-24999}, {@code 25000-49999}, {@code 50000-99999}, {@code 100000-199999}, {@code 200000-plus});
     * null for other kinds and while the population is not known.
     */
    public String sizeGroup() {
        if (kind != OrganisationKind.MUNICIPALITY || population == null) {
            return null;
        }
        if (population < 10_000) {
            return "under-10000";
        } else if (population < 25_000) {
            return "10000-24999";
        } else if (population < 50_000) {
            return "25000-49999";
        } else if (population < 100_000) {
            return "50000-99999";
        } else if (population < 200_000) {
            return "100000-199999";
        }
        return "200000-plus";
    }

    public Set<Organisation> members() {
        return Collections.unmodifiableSet(members);
    }

    /**
     * The same row is the same {@code Organisation}: within one persistence context EclipseLink does not always
     * hand out one instance per row (entities reached through an element collection's embeddable, with
     * the shared cache off, are other instances), so identity comparison would wrongly say "not the same".
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Organisation that && id != null && id.equals(that.id);
    }

    /** Constant, so that an instance keeps its hash when persisting gives it an id. */
    @Override
    public int hashCode() {
        return Organisation.class.hashCode();
    }
}
