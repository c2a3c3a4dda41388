package se.hjulet.hub.initiative.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;

/**
 * What learning examples, projects and procurement needs share: who owns it, who takes part, what it
 * is about, when it ran, who to contact, and where it is in its life (draft, published, archived).
 */
@Entity
@Table(name = "initiative")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind")
@NamedQuery(name = Initiative.ALL_PUBLISHED,
        query = "select i from Initiative i where i.status = se.hjulet.hub.initiative.entity.InitiativeStatus.PUBLISHED order by i.id")
@NamedQuery(name = Initiative.PUBLISHED_OF_KIND,
        query = "select i from Initiative i where TYPE(i) = :kind"
                + " and i.status = se.hjulet.hub.initiative.entity.InitiativeStatus.PUBLISHED order by i.publishedAt desc, i.id desc")
@NamedQuery(name = Initiative.OF_KIND_AND_OWNERS,
        query = "select i from Initiative i where TYPE(i) = :kind and i.owner in :owners order by i.updatedAt desc, i.id desc")
@NamedQuery(name = Initiative.PUBLISHED_OF,
        query = "select i from Initiative i where i.owner = :owner"
                + " and i.status = se.hjulet.hub.initiative.entity.InitiativeStatus.PUBLISHED order by i.publishedAt desc, i.id desc")
@NamedQuery(name = Initiative.POSSIBLY_OUTDATED,
        query = "select i.id from Initiative i where i.id in :ids"
                + " and i.status = se.hjulet.hub.initiative.entity.InitiativeStatus.PUBLISHED and i.lastConfirmedAt < :confirmedBefore")
// Open data (se.hjulet.hub.opendata): a page of one kind in id order, then its items' collections for all of them at once.
@NamedQuery(name = Initiative.PUBLISHED_OF_TYPE_AFTER,
        query = "select i from Initiative i join fetch i.owner where i.status = se.hjulet.hub.initiative.entity.InitiativeStatus.PUBLISHED"
                + " and type(i) = :type and i.id > :after order by i.id")
@NamedQuery(name = Initiative.PUBLISHED_COUNT_OF_TYPE,
        query = "select count(i) from Initiative i where i.status = se.hjulet.hub.initiative.entity.InitiativeStatus.PUBLISHED and type(i) = :type")
@NamedQuery(name = Initiative.PUBLISHED_UPDATES_OF_TYPE,
        query = "select i.updatedAt from Initiative i where i.status = se.hjulet.hub.initiative.entity.InitiativeStatus.PUBLISHED"
                + " and type(i) = :type order by i.updatedAt desc")
@NamedQuery(name = Initiative.PARTICIPANTS_OF,
        query = "select i.id, o.name, o.code, p.role from Initiative i join i.participants p join p.organisation o where i.id in :ids order by i.id, o.name")
@NamedQuery(name = Initiative.POLICY_AREAS_OF,
        query = "select i.id, a from Initiative i join i.policyAreas a where i.id in :ids order by i.id, a")
@NamedQuery(name = Initiative.TAGS_OF,
        query = "select i.id, t from Initiative i join i.tags t where i.id in :ids order by i.id, t")
public abstract class Initiative {

    public static final String ALL_PUBLISHED = "Initiative.allPublished";
    public static final String POSSIBLY_OUTDATED = "Initiative.possiblyOutdated";
    public static final String PUBLISHED_OF_KIND = "Initiative.publishedOfKind";
    public static final String OF_KIND_AND_OWNERS = "Initiative.ofKindAndOwners";
    public static final String PUBLISHED_OF_TYPE_AFTER = "Initiative.publishedOfTypeAfter";
    public static final String PUBLISHED_COUNT_OF_TYPE = "Initiative.publishedCountOfType";
    public static final String PUBLISHED_UPDATES_OF_TYPE = "Initiative.publishedUpdatesOfType";
    public static final String PARTICIPANTS_OF = "Initiative.participantsOf";
    public static final String POLICY_AREAS_OF = "Initiative.policyAreasOf";
    public static final String TAGS_OF = "Initiative.tagsOf";
    public static final String PUBLISHED_OF = "Initiative.publishedOf";
    /** How long an owner's confirmation holds before readers are warned the content may be outdated. */
    public static final Duration CONFIRMATION_HOLDS = Duration.ofDays(365);

    public static final int MAX_TITLE = 300;
    public static final int MAX_LEAD = 2000;
    public static final String DEFAULT_LICENCE = "CC-BY-4.0";
    private static final Set<String> LANGUAGES = Set.of("sv", "en");

    @Id
    @SequenceGenerator(name = "hub_seq", sequenceName = "hub_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InitiativeStatus status = InitiativeStatus.DRAFT;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String lead;

    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_id")
    private Organisation owner;

    @ElementCollection
    @CollectionTable(name = "initiative_participant", joinColumns = @JoinColumn(name = "initiative_id"))
    private List<Participant> participants = new ArrayList<>();

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "initiative_policy_area", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "policy_area")
    private Set<String> policyAreas = new LinkedHashSet<>();

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "initiative_tag", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();

    @Embedded
    private Period period = new Period(null, null, false);

    @ElementCollection
    @CollectionTable(name = "initiative_contact", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "position")
    private List<Contact> contacts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "initiative_link", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "position")
    private List<Link> links = new ArrayList<>();

    @Column(nullable = false)
    private String language = "sv";

    @Column(nullable = false)
    private String licence = DEFAULT_LICENCE;

    @ManyToOne
    @JoinColumn(name = "created_by")
    private Person createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "last_confirmed_at")
    private Instant lastConfirmedAt;

    @Version
    private long version;

    protected Initiative() {
    }

    protected Initiative(Organisation owner, Person createdBy) {
        this.owner = owner;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** The search and API name of this kind, e.g. {@code learning_example}. */
    public abstract String kind();

    /** All the prose of this initiative as plain text, for search and similarity. */
    public abstract String bodyText();

    /** Short texts that sum the initiative up (a learning example's conclusions, say), weighted high in search. */
    public List<String> keyPoints() {
        return List.of();
    }

    /** Whether other organisations take part in it (declare interest, pledge, join): not every kind does. */
    public boolean acceptsParticipants() {
        return false;
    }

    /** The page where a person reads it, relative to the hub's root. */
    public abstract String pagePath();

    public void describe(String title, String lead, String language) {
        this.title = required("title", title, MAX_TITLE);
        this.lead = required("lead", lead, MAX_LEAD);
        String lang = language == null || language.isBlank() ? "sv" : language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(lang)) {
            throw new InvalidInput("language", "Language must be sv or en, not '" + language + "'.");
        }
        this.language = lang;
        touch();
    }

    public void setParticipants(List<Participant> participants) {
        var seen = new LinkedHashSet<Organisation>();
        for (Participant p : participants) {
            if (!seen.add(p.organisation())) {
                throw new InvalidInput("participatingOrganisations",
                        p.organisation().name() + " is listed more than once.");
            }
        }
        this.participants.clear();
        this.participants.addAll(participants);
        touch();
    }

    public void classify(Set<String> policyAreas, Set<String> tags) {
        this.policyAreas.clear();
        this.policyAreas.addAll(cleanTerms("policyAreas", policyAreas, 100));
        this.tags.clear();
        this.tags.addAll(cleanTerms("tags", tags, 60).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList());
        touch();
    }

    public void runDuring(Period period) {
        this.period = period == null ? new Period(null, null, false) : period;
        touch();
    }

    public void setContacts(List<Contact> contacts) {
        this.contacts.clear();
        this.contacts.addAll(contacts);
        touch();
    }

    public void setLinks(List<Link> links) {
        this.links.clear();
        this.links.addAll(links);
        touch();
    }

    /** Draft → published. Publishing again after archiving brings the item back. */
    public void publish() {
        if (status == InitiativeStatus.PUBLISHED) {
            throw new Conflict("'" + title + "' is published already.");
        }
        status = InitiativeStatus.PUBLISHED;
        publishedAt = Instant.now();
        confirmCurrent();
    }

    /** Published → archived: still readable by link, no longer offered in search. */
    public void archive() {
        if (status != InitiativeStatus.PUBLISHED) {
            throw new Conflict("Only published items can be archived; '" + title + "' is " + status.name().toLowerCase() + ".");
        }
        status = InitiativeStatus.ARCHIVED;
        touch();
    }

    /** The owner says the content is still true today. */
    public void confirmCurrent() {
        lastConfirmedAt = Instant.now();
        touch();
    }

    /** Not confirmed by its owner for a year: readers should be warned it may be outdated. */
    public boolean possiblyOutdated(Instant now) {
        return status == InitiativeStatus.PUBLISHED && lastConfirmedAt != null
                && lastConfirmedAt.isBefore(now.minus(CONFIRMATION_HOLDS));
    }

    /** Only published items are visible to everyone; drafts and archived ones are the owner's. */
    public boolean isPublic() {
        return status == InitiativeStatus.PUBLISHED;
    }

    /** The optimistic lock as the client last saw it must still hold. */
    public void requireVersion(Long expected) {
        if (expected != null && expected != version) {
            throw new Conflict("Someone else changed '" + title + "' meanwhile (version " + version
                    + ", you edited version " + expected + "). Reload and apply your change again.");
        }
    }

    protected void touch() {
        updatedAt = Instant.now();
    }

    protected static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "The " + field + " must not be empty.");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInput(field, "The " + field + " is " + trimmed.length() + " characters; at most " + max + " are allowed.");
        }
        return trimmed;
    }

    protected static List<String> cleanItems(String field, List<String> items, int maxLength, int maxItems) {
        if (items == null) {
            return List.of();
        }
        List<String> cleaned = items.stream().filter(i -> i != null && !i.isBlank()).map(String::strip).toList();
        if (cleaned.size() > maxItems) {
            throw new InvalidInput(field, "At most " + maxItems + " " + field + " are allowed.");
        }
        cleaned.stream().filter(i -> i.length() > maxLength).findFirst().ifPresent(i -> {
            throw new InvalidInput(field, "Each of the " + field + " may have at most " + maxLength + " characters.");
        });
        return cleaned;
    }

    private static Set<String> cleanTerms(String field, Set<String> terms, int maxLength) {
        return new LinkedHashSet<>(cleanItems(field, terms == null ? List.of() : List.copyOf(terms), maxLength, 30));
    }

    /** Every organisation involved: the owner first, then the participants. */
    public Stream<Organisation> involvedOrganisations() {
        return Stream.concat(Stream.of(owner), participants.stream().map(Participant::organisation)).distinct();
    }

    public Long id() {
        return id;
    }

    public InitiativeStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String lead() {
        return lead;
    }

    public Organisation owner() {
        return owner;
    }

    public List<Participant> participants() {
        return List.copyOf(participants);
    }

    public Set<String> policyAreas() {
        return java.util.Collections.unmodifiableSet(policyAreas);
    }

    public Set<String> tags() {
        return java.util.Collections.unmodifiableSet(tags);
    }

    public Period period() {
        return period;
    }

    public List<Contact> contacts() {
        return List.copyOf(contacts);
    }

    public List<Link> links() {
        return List.copyOf(links);
    }

    public String language() {
        return language;
    }

    public String licence() {
        return licence;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant lastConfirmedAt() {
        return lastConfirmedAt;
    }

    public long version() {
        return version;
    }

    /** The same row is the same initiative, as for {@link se.hjulet.hub.organisation.entity.Organisation#equals}. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Initiative that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Initiative.class.hashCode();
    }
}
