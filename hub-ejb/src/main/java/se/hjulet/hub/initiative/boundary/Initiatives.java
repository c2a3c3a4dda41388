package se.hjulet.hub.initiative.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import se.hjulet.hub.indexing.control.SearchOutbox;
import se.hjulet.hub.initiative.control.Authoring;
import se.hjulet.hub.initiative.control.References;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.control.FlushBeforeReturning;

/**
 * The life of every kind of initiative, written once: drafting, replacing, publishing, archiving,
 * confirming, reading and listing. Everyone reads published items; only members of the owner (or
 * platform admins) write them and see drafts. What a kind has of its own comes with its
 * {@link InitiativeInput}.
 */
@Stateless
@Interceptors(FlushBeforeReturning.class)
public class Initiatives {

    private static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Organisations organisations;

    @Inject
    Authoring authoring;

    @Inject
    References references;

    @Inject
    SearchOutbox outbox;

    public <T extends Initiative> T draft(InitiativeInput<T> input) {
        return create(input, authoring.ownerFor(input, input.kind()), people.current());
    }

    /** Replaces the content; the version the author edited must still be the current one. */
    public <T extends Initiative> T update(long id, InitiativeInput<T> input) {
        T item = authoring.editable(input.kind(), id);
        item.requireVersion(input.version());
        authoring.requireSameOwner(item, input);
        write(item, input);
        outbox.changed(item);
        return item;
    }

    public <T extends Initiative> T publish(Class<T> kind, long id) {
        T item = authoring.editable(kind, id);
        item.publish();
        outbox.changed(item);
        return item;
    }

    public <T extends Initiative> T archive(Class<T> kind, long id) {
        T item = authoring.editable(kind, id);
        item.archive();
        outbox.changed(item);
        return item;
    }

    /** The owner says the content is still true today (search reads staleness from the database). */
    public <T extends Initiative> T confirmCurrent(Class<T> kind, long id) {
        T item = authoring.editable(kind, id);
        item.confirmCurrent();
        return item;
    }

    /** A published item, or one of the caller's own organisations'; others' drafts are "not found". */
    public <T extends Initiative> T read(Class<T> kind, long id) {
        return authoring.readable(kind, id);
    }

    /** Published items of a kind, newest first. */
    public <T extends Initiative> List<T> published(Class<T> kind, int first, int max) {
        return em.createNamedQuery(Initiative.PUBLISHED_OF_KIND, Initiative.class)
                .setParameter("kind", kind)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), MAX_PAGE))
                .getResultStream().map(kind::cast).toList();
    }

    /** Everything of a kind the caller's organisations own, drafts included. */
    public <T extends Initiative> List<T> ofMyOrganisations(Class<T> kind) {
        Set<Organisation> mine = people.current().organisations();
        if (mine.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Initiative.OF_KIND_AND_OWNERS, Initiative.class)
                .setParameter("kind", kind).setParameter("owners", mine)
                .getResultStream().map(kind::cast).toList();
    }

    /** Whether the caller may change the item: drives what the pages offer. */
    public boolean mayEdit(Initiative item) {
        return authoring.mayEdit(item);
    }

    /** Demo content run by the system itself: created and published without a caller. */
    public <T extends Initiative> T publishAsSystem(InitiativeInput<T> input) {
        T item = create(input, organisations.existing("ownerOrganisation", input.ownerOrganisation()), null);
        item.publish();
        return item;
    }

    private <T extends Initiative> T create(InitiativeInput<T> input, Organisation owner, Person author) {
        T item = input.newDraft(owner, author);
        write(item, input);
        em.persist(item);
        outbox.changed(item);
        return item;
    }

    private <T extends Initiative> void write(T item, InitiativeInput<T> input) {
        authoring.applyCore(item, input);
        input.writeOwnFieldsTo(item, references);
    }
}
