package se.hjulet.hub.collection.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;

/**
 * Material a facilitator curates for a workshop series: ordered themes of items with notes and
 * reflection questions, the series' dates and its participating organisations, and who may read it.
 */
@Entity
@Table(name = "collection")
@NamedQuery(name = CuratedCollection.PUBLIC, query = "select c from CuratedCollection c where c.visibility = se.hjulet.hub.collection.entity.Visibility.PUBLIC order by c.updatedAt desc")
@NamedQuery(name = CuratedCollection.OF_CURATOR, query = "select c from CuratedCollection c where c.curator = :curator order by c.updatedAt desc")
public class CuratedCollection {

    public static final String KIND = "collection";
    public static final String PUBLIC = "CuratedCollection.public";
    public static final String OF_CURATOR = "CuratedCollection.ofCurator";
    public static final int MAX_THEMES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "hub_seq", sequenceName = "hub_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_seq")
    private Long id;

    @Column(nullable = false)
    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility = Visibility.PUBLIC;

    /** The secret part of a LINK_ONLY collection's address; unguessable. */
    @Column(name = "link_token", nullable = false)
    private String linkToken;

    @ManyToOne(optional = false)
    @JoinColumn(name = "curator_id")
    private Person curator;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "collection_id")
    @OrderColumn(name = "position")
    private List<Theme> themes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "collection_event", joinColumns = @JoinColumn(name = "collection_id"))
    @OrderColumn(name = "position")
    private List<Event> events = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "collection_participant", joinColumns = @JoinColumn(name = "collection_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> participants = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CuratedCollection() {
    }

    public CuratedCollection(Person curator) {
        this.curator = curator;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
        this.linkToken = newToken();
    }

    public void describe(String title, String description, Visibility visibility) {
        this.title = required("title", title, 300);
        this.description = optional("description", description, 10_000);
        this.visibility = visibility == null ? Visibility.PUBLIC : visibility;
        touch();
    }

    public void arrange(List<Theme> themes, List<Event> events, Set<Organisation> participants) {
        if (themes.size() > MAX_THEMES) {
            throw new InvalidInput("themes", "A collection has at most " + MAX_THEMES + " themes.");
        }
        this.themes.clear();
        this.themes.addAll(themes);
        this.events.clear();
        this.events.addAll(events.stream().sorted(java.util.Comparator.comparing(Event::date)).toList());
        this.participants.clear();
        this.participants.addAll(participants);
        touch();
    }

    /** A new secret link: whoever had the old one loses access. */
    public void renewLink() {
        linkToken = newToken();
        touch();
    }

    /**
     * May this reader see the collection? The curator always; PUBLIC everyone; LINK_ONLY whoever shows
     * the token; PARTICIPANTS members of a participating organisation.
     */
    public boolean readableBy(Person reader, String token) {
        if (reader != null && reader.equals(curator)) {
            return true;
        }
        return switch (visibility) {
            case PUBLIC -> true;
            case LINK_ONLY -> token != null && java.security.MessageDigest.isEqual(token.getBytes(), linkToken.getBytes());
            case PARTICIPANTS -> reader != null && participants.stream().anyMatch(reader::isMemberOf);
        };
    }

    public boolean isCuratedBy(Person person) {
        return person != null && person.equals(curator);
    }

    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }

    public void requireVersion(Long expected) {
        if (expected != null && expected != version) {
            throw new Conflict("Someone else changed '" + title + "' meanwhile (version " + version
                    + ", you edited version " + expected + "). Reload and apply your change again.");
        }
    }

    /** All text of the collection for search: themes, item titles, notes and questions. */
    public String bodyText() {
        return themes.stream().flatMap(theme -> Stream.concat(
                        Stream.of(theme.title(), theme.description()),
                        Stream.concat(theme.items().stream().flatMap(i -> Stream.of(i.title(), i.note(), i.question())), theme.questions().stream())))
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("\n"));
    }

    public String pagePath() {
        return "/samling.xhtml?id=" + id;
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "The " + field + " must not be empty.");
        }
        return optional(field, value, max);
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInput(field, "The " + field + " is " + trimmed.length() + " characters; at most " + max + " are allowed.");
        }
        return trimmed;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Visibility visibility() {
        return visibility;
    }

    public String linkToken() {
        return linkToken;
    }

    public Person curator() {
        return curator;
    }

    public List<Theme> themes() {
        return List.copyOf(themes);
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    public Set<Organisation> participants() {
        return Set.copyOf(participants);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
