package se.hjulet.hub.follow.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.entity.InvalidInput;

/**
 * A person following an initiative, a collection, an organisation or a saved search (its words and filters as
 * the search URL writes them, e.g. {@code county=14&kind=project}), and how its news reach them.
 */
@Entity
@Table(name = "follow")
@NamedQuery(name = Follow.OF_PERSON, query = "select f from Follow f where f.person = :person order by f.createdAt desc, f.id desc")
@NamedQuery(name = Follow.OF_ITEMS, query = "select f from Follow f where f.kind = se.hjulet.hub.follow.entity.FollowKind.ITEM and f.initiative.id in :ids")
@NamedQuery(name = Follow.OF_COLLECTIONS, query = "select f from Follow f where f.kind = se.hjulet.hub.follow.entity.FollowKind.COLLECTION and f.collection.id in :ids")
@NamedQuery(name = Follow.OF_ORGANISATIONS, query = "select f from Follow f where f.kind = se.hjulet.hub.follow.entity.FollowKind.ORGANISATION and f.organisation.id in :ids")
@NamedQuery(name = Follow.SEARCHES, query = "select f from Follow f where f.kind = se.hjulet.hub.follow.entity.FollowKind.SEARCH order by f.id")
@NamedQuery(name = Follow.KINDS_IN_USE, query = "select distinct f.kind from Follow f")
@NamedQuery(name = Follow.BY_TOKEN, query = "select f from Follow f where f.unsubscribeToken = :token")
public class Follow {

    public static final String OF_PERSON = "Follow.ofPerson";
    public static final String OF_ITEMS = "Follow.ofItems";
    public static final String OF_COLLECTIONS = "Follow.ofCollections";
    public static final String OF_ORGANISATIONS = "Follow.ofOrganisations";
    public static final String SEARCHES = "Follow.searches";
    public static final String BY_TOKEN = "Follow.byToken";
    public static final String KINDS_IN_USE = "Follow.kindsInUse";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "hub_seq", sequenceName = "hub_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowKind kind;

    @ManyToOne
    @JoinColumn(name = "initiative_id")
    private Initiative initiative;

    @ManyToOne
    @JoinColumn(name = "collection_id")
    private CuratedCollection collection;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "search_query")
    private String searchQuery;

    @Column(name = "search_filters")
    private String searchFilters;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Delivery delivery;

    @Column(name = "unsubscribe_token", nullable = false, unique = true)
    private String unsubscribeToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_mailed_at")
    private Instant lastMailedAt;

    @Version
    private long version;

    protected Follow() {
    }

    private Follow(Person person, FollowKind kind, Delivery delivery) {
        this.person = person;
        this.kind = kind;
        this.delivery = delivery == null ? Delivery.NONE : delivery;
        this.unsubscribeToken = newToken();
        this.createdAt = Instant.now();
    }

    public static Follow ofItem(Person person, Initiative initiative, Delivery delivery) {
        var follow = new Follow(person, FollowKind.ITEM, delivery);
        follow.initiative = initiative;
        return follow;
    }

    public static Follow ofCollection(Person person, CuratedCollection collection, Delivery delivery) {
        var follow = new Follow(person, FollowKind.COLLECTION, delivery);
        follow.collection = collection;
        return follow;
    }

    public static Follow ofOrganisation(Person person, Organisation organisation, Delivery delivery) {
        var follow = new Follow(person, FollowKind.ORGANISATION, delivery);
        follow.organisation = organisation;
        return follow;
    }

    /** @param filters the search's filters as its URL writes them ({@code county=14&kind=project}), or empty */
    public static Follow ofSearch(Person person, String query, String filters, Delivery delivery) {
        String words = query == null ? "" : query.strip();
        String chosen = filters == null ? "" : filters.strip();
        if (words.isEmpty() && chosen.isEmpty()) {
            throw new InvalidInput("query", "Give the words or the filters of the search to follow.");
        }
        var follow = new Follow(person, FollowKind.SEARCH, delivery);
        follow.searchQuery = words;
        follow.searchFilters = chosen;
        return follow;
    }

    /** Whether this follows the same thing as {@code other} (one person follows a thing once). */
    public boolean sameTargetAs(Follow other) {
        return kind == other.kind && java.util.Objects.equals(idOf(initiative), idOf(other.initiative))
                && java.util.Objects.equals(collection == null ? null : collection.id(), other.collection == null ? null : other.collection.id())
                && java.util.Objects.equals(organisation, other.organisation)
                && java.util.Objects.equals(searchQuery, other.searchQuery) && java.util.Objects.equals(searchFilters, other.searchFilters);
    }

    private static Long idOf(Initiative initiative) {
        return initiative == null ? null : initiative.id();
    }

    public void deliver(Delivery delivery) {
        this.delivery = delivery == null ? Delivery.NONE : delivery;
    }

    /** The mail's link was followed: no more mail; the news stay in the app. */
    public void unsubscribe() {
        delivery = Delivery.NONE;
    }

    /** Whether a digest of this follow may go out now (a day or a week after the last). */
    public boolean digestDue(Instant now) {
        Duration every = switch (delivery) {
            case DAILY -> Duration.ofDays(1);
            case WEEKLY -> Duration.ofDays(7);
            case INSTANT -> Duration.ZERO;
            case NONE -> null;
        };
        // A digest's first round comes a day or a week after the follow began, not at once.
        Instant last = lastMailedAt != null ? lastMailedAt : createdAt;
        return every != null && !last.plus(every).isAfter(now);
    }

    public void mailed(Instant at) {
        lastMailedAt = at;
    }

    /** Something changed after the follow began (a follow never brings news from before it). */
    public boolean isNews(Instant changedAt) {
        return changedAt != null && changedAt.isAfter(createdAt);
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public FollowKind kind() {
        return kind;
    }

    public Initiative initiative() {
        return initiative;
    }

    public CuratedCollection collection() {
        return collection;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String searchQuery() {
        return searchQuery;
    }

    public String searchFilters() {
        return searchFilters;
    }

    public Delivery delivery() {
        return delivery;
    }

    public String unsubscribeToken() {
        return unsubscribeToken;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastMailedAt() {
        return lastMailedAt;
    }

    /** What is followed, in a few words: the item's title, the organisation's name, the search's words. */
    public String describe() {
        return switch (kind) {
            case ITEM -> initiative.title();
            case COLLECTION -> collection.title();
            case ORGANISATION -> organisation.name();
            case SEARCH -> searchQuery.isEmpty() ? searchFilters : searchFilters.isEmpty() ? "”" + searchQuery + "”"
                    : "”" + searchQuery + "” (" + searchFilters + ")";
        };
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Follow that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Follow.class.hashCode();
    }
}
