package se.hjulet.hub.learningexample.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.hjulet.hub.indexing.control.SearchOutbox;
import se.hjulet.hub.initiative.control.Authoring;
import se.hjulet.hub.learningexample.control.LearningExamplePage;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.control.FlushBeforeReturning;
import se.hjulet.hub.platform.entity.InvalidInput;

/**
 * Writing, publishing and reading learning examples. Everyone reads published ones; only members of
 * the owner organisation (or platform admins) write, publish or archive, and see drafts.
 */
@Stateless
@Interceptors(FlushBeforeReturning.class)
public class LearningExamples {

    private static final int MAX_PAGE = 100;
    private static final String NOUN = "learning example";

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Organisations organisations;

    @Inject
    SearchOutbox outbox;

    @Inject
    Authoring authoring;

    public LearningExample draft(LearningExampleInput input) {
        Organisation owner = authoring.ownerFor(input, "learning examples");
        return create(input, owner, people.current());
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
        authoring.requireSameOwner(example, input, "a learning example");
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
        return authoring.readable(find(id), NOUN);
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
        return authoring.mayEdit(example);
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
        authoring.applyCore(example, input);
        example.tell(input.conclusions(), input.background(), input.implementation(),
                input.successFactors(), input.results(), input.originallyPublished());
    }

    private LearningExample editable(long id) {
        return authoring.editable(find(id), NOUN);
    }

    private LearningExample find(long id) {
        return Optional.ofNullable(em.find(LearningExample.class, id)).orElseThrow(() -> Authoring.notFound(NOUN, id));
    }
}
