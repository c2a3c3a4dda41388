package se.hjulet.hub.collection.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.hjulet.hub.collection.boundary.CollectionInput.ItemInput;
import se.hjulet.hub.collection.entity.CollectionItem;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.collection.entity.Event;
import se.hjulet.hub.collection.entity.Theme;
import se.hjulet.hub.document.entity.Document;
import se.hjulet.hub.indexing.control.SearchOutbox;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.person.entity.HubCaller;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.control.FlushBeforeReturning;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotFound;

/**
 * Facilitators (global role {@value HubCaller#FACILITATOR}) create collections; their curator edits and
 * deletes them; who reads them depends on the visibility. Public ones are searchable (kind collection).
 */
@Stateless
@Interceptors(FlushBeforeReturning.class)
public class Collections {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Organisations organisations;

    @Inject
    SearchOutbox outbox;

    public CuratedCollection create(CollectionInput input) {
        Person curator = people.current();
        if (!isFacilitator()) {
            throw new AccessDenied("Only facilitators create collections; ask a platform admin for the facilitator role.");
        }
        CuratedCollection collection = new CuratedCollection(curator);
        apply(collection, input);
        em.persist(collection);
        outbox.changed(collection);
        return collection;
    }

    public CuratedCollection update(long id, CollectionInput input) {
        CuratedCollection collection = editable(id);
        collection.requireVersion(input.version());
        apply(collection, input);
        outbox.changed(collection);
        return collection;
    }

    public void delete(long id) {
        CuratedCollection collection = editable(id);
        em.remove(collection);
        outbox.changed(collection);
    }

    /** A collection the caller may read, with the link token for LINK_ONLY ones; others are "not found". */
    public CuratedCollection read(long id, String token) {
        CuratedCollection collection = em.find(CuratedCollection.class, id);
        if (collection == null || !collection.readableBy(people.currentIfAny().orElse(null), token)) {
            throw new NotFound("There is no collection with id " + id + ".");
        }
        return collection;
    }

    /** Public collections and the caller's own. */
    public List<CuratedCollection> visible() {
        var all = new LinkedHashSet<>(em.createNamedQuery(CuratedCollection.PUBLIC, CuratedCollection.class).setMaxResults(100).getResultList());
        people.currentIfAny().ifPresent(me -> all.addAll(
                em.createNamedQuery(CuratedCollection.OF_CURATOR, CuratedCollection.class).setParameter("curator", me).getResultList()));
        return List.copyOf(all);
    }

    /** A collection to edit in the browser's editor: NotFound for what the caller may not see, AccessDenied for a reader. */
    public CuratedCollection forEditing(long id) {
        return editable(id);
    }

    /** May the caller create collections (the "Ny samling" link and the empty editor)? */
    public boolean mayCreate() {
        return isFacilitator();
    }

    public boolean mayEdit(CuratedCollection collection) {
        return collection.isCuratedBy(people.currentIfAny().orElse(null)) || people.callerIsPlatformAdmin();
    }

    /** Demo content: a collection curated by a system person, created without a caller. */
    public CuratedCollection createAsSystem(CollectionInput input, Person curator) {
        CuratedCollection collection = new CuratedCollection(curator);
        apply(collection, input);
        em.persist(collection);
        outbox.changed(collection);
        return collection;
    }

    private void apply(CuratedCollection collection, CollectionInput input) {
        collection.describe(input.title(), input.description(), input.visibility());
        List<Theme> themes = new ArrayList<>();
        for (var theme : Optional.ofNullable(input.themes()).orElse(List.of())) {
            List<CollectionItem> items = Optional.ofNullable(theme.items()).orElse(List.of()).stream().map(this::item).toList();
            themes.add(new Theme(theme.title(), theme.description(), items, theme.questions()));
        }
        List<Event> events = Optional.ofNullable(input.events()).orElse(List.of()).stream()
                .map(e -> new Event(e.date(), e.title())).toList();
        var participants = new LinkedHashSet<>(Optional.ofNullable(input.participatingOrganisations()).orElse(List.of()).stream()
                .map(code -> organisations.existing("participatingOrganisations", code)).toList());
        collection.arrange(themes, events, participants);
    }

    /** Items point only at what everyone may read: a collection is shared beyond the item's owner. */
    private CollectionItem item(ItemInput input) {
        long given = Stream.of(input.initiativeId(), input.documentId(), input.url()).filter(v -> v != null).count();
        if (given != 1) {
            throw new InvalidInput("themes.items", "Each item is exactly one of an initiative, a document or a link.");
        }
        if (input.initiativeId() != null) {
            Initiative initiative = em.find(Initiative.class, input.initiativeId());
            if (initiative == null || !initiative.isPublic()) {
                throw new InvalidInput("themes.items.initiativeId", "There is no published initiative with id " + input.initiativeId() + ".");
            }
            return CollectionItem.of(initiative, input.note()).asking(input.question());
        }
        if (input.documentId() != null) {
            Document document = em.find(Document.class, input.documentId());
            if (document == null || !document.initiative().isPublic()) {
                throw new InvalidInput("themes.items.documentId", "There is no published document with id " + input.documentId() + ".");
            }
            return CollectionItem.of(document, input.note()).asking(input.question());
        }
        return CollectionItem.link(input.url(), input.title(), input.note()).asking(input.question());
    }

    private CuratedCollection editable(long id) {
        CuratedCollection collection = em.find(CuratedCollection.class, id);
        Person me = people.current();
        if (collection == null || !collection.readableBy(me, null) && !people.callerIsPlatformAdmin()) {
            throw new NotFound("There is no collection with id " + id + ".");
        }
        if (!mayEdit(collection)) {
            throw new AccessDenied("Only the curator of '" + collection.title() + "' may change it.");
        }
        return collection;
    }

    private boolean isFacilitator() {
        return people.caller().map(c -> c.groups().contains(HubCaller.FACILITATOR) || c.isPlatformAdmin()).orElse(false);
    }
}
