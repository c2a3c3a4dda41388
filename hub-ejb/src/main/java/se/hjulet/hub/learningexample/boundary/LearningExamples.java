package se.hjulet.hub.learningexample.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.hjulet.hub.indexing.control.SearchOutbox;
import se.hjulet.hub.initiative.boundary.ContactInput;
import se.hjulet.hub.initiative.boundary.LinkInput;
import se.hjulet.hub.initiative.entity.Participant;
import se.hjulet.hub.initiative.entity.Period;
import se.hjulet.hub.learningexample.control.LearningExamplePage;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotFound;

/**
 * Writing, publishing and reading learning examples. Everyone reads published ones; only members of
 * the owner organisation (or platform admins) write, publish or archive, and see drafts.
 */
@Stateless
public class LearningExamples {

    private static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Organisations organisations;

    @Inject
    SearchOutbox outbox;

    public LearningExample draft(LearningExampleInput input) {
        Person author = people.current();
        Organisation owner = organisations.existing("ownerOrganisation", input.ownerOrganisation());
        requireMayActFor(owner);
        return create(input, owner, author);
    }

    /** A draft from an SKR-style learning-example page, for its author to review before publishing. */
    public LearningExample importPage(String html, String ownerOrganisation) {
        if (ownerOrganisation == null || ownerOrganisation.isBlank()) {
            throw new InvalidInput("owner", "Say which organisation the imported example belongs to (owner=its code).");
        }
        return draft(LearningExamplePage.parse(html, ownerOrganisation.strip()));
    }

    public LearningExample update(long id, LearningExampleInput input) {
        LearningExample example = editable(id);
        example.requireVersion(input.version());
        Organisation owner = organisations.existing("ownerOrganisation", input.ownerOrganisation());
        if (!owner.equals(example.owner())) {
            throw new InvalidInput("ownerOrganisation", "The owner organisation of a learning example cannot be changed.");
        }
        apply(example, input);
        outbox.changed(example);
        return example;
    }

    public LearningExample publish(long id) {
        LearningExample example = editable(id);
        example.publish();
        outbox.changed(example);
        return example;
    }

    public LearningExample archive(long id) {
        LearningExample example = editable(id);
        example.archive();
        outbox.changed(example);
        return example;
    }

    public LearningExample confirmCurrent(long id) {
        LearningExample example = editable(id);
        example.confirmCurrent();
        return example;
    }

    /** A published example, or one of the caller's own organisation's; others' drafts are "not found". */
    public LearningExample read(long id) {
        LearningExample example = find(id);
        if (example.isPublic() || people.mayActFor(example.owner())) {
            return example;
        }
        throw notFound(id);
    }

    public List<LearningExample> published(int first, int max) {
        return em.createNamedQuery(LearningExample.PUBLISHED, LearningExample.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), MAX_PAGE))
                .getResultList();
    }

    /** Everything the caller's organisations own, drafts included. */
    public List<LearningExample> ofMyOrganisations() {
        Set<Organisation> mine = people.current().organisations();
        if (mine.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(LearningExample.OF_ORGANISATIONS, LearningExample.class)
                .setParameter("owners", mine)
                .getResultList();
    }

    /** Whether the caller may edit this example: drives what the pages offer. */
    public boolean mayEdit(LearningExample example) {
        return people.mayActFor(example.owner());
    }

    /** Demo content and imports run by the system itself: created and published without a caller. */
    public LearningExample publishAsSystem(LearningExampleInput input) {
        Organisation owner = organisations.existing("ownerOrganisation", input.ownerOrganisation());
        LearningExample example = create(input, owner, null);
        example.publish();
        return example;
    }

    private LearningExample create(LearningExampleInput input, Organisation owner, Person author) {
        var example = new LearningExample(owner, author);
        apply(example, input);
        em.persist(example);
        outbox.changed(example);
        return example;
    }

    private void apply(LearningExample example, LearningExampleInput input) {
        example.describe(input.title(), input.lead(), input.language());
        example.tell(input.conclusions(), input.background(), input.implementation(),
                input.successFactors(), input.results(), input.originallyPublished());
        example.setParticipants(Optional.ofNullable(input.participatingOrganisations()).orElse(List.of()).stream()
                .map(p -> new Participant(organisations.existing("participatingOrganisations", p.organisation()), p.role()))
                .toList());
        example.classify(input.policyAreas(), input.tags());
        example.runDuring(new Period(input.periodFrom(), input.periodTo(), Boolean.TRUE.equals(input.ongoing())));
        example.setContacts(Optional.ofNullable(input.contacts()).orElse(List.of()).stream()
                .map(ContactInput::toContact).toList());
        example.setLinks(Optional.ofNullable(input.links()).orElse(List.of()).stream()
                .map(LinkInput::toLink).toList());
    }

    private LearningExample editable(long id) {
        LearningExample example = find(id);
        if (!people.mayActFor(example.owner())) {
            people.current(); // anonymous callers are told to log in rather than refused
            if (!example.isPublic()) {
                throw notFound(id);
            }
            throw new AccessDenied("Only members of " + example.owner().name() + " may change this learning example.");
        }
        return example;
    }

    private LearningExample find(long id) {
        return Optional.ofNullable(em.find(LearningExample.class, id)).orElseThrow(() -> notFound(id));
    }

    private static NotFound notFound(long id) {
        return new NotFound("There is no learning example with id " + id + ".");
    }

    private void requireMayActFor(Organisation owner) {
        if (!people.mayActFor(owner)) {
            throw new AccessDenied("You are not a member of " + owner.name() + " and cannot publish for it.");
        }
    }
}
