package se.hjulet.hub.project.boundary;

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
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.platform.control.FlushBeforeReturning;
import se.hjulet.hub.project.entity.FinancingLine;
import se.hjulet.hub.project.entity.Project;

/**
 * Writing, publishing and reading projects. Everyone reads published ones; only members of the owner
 * organisation (or platform admins) write, publish, archive and confirm them, and see drafts.
 */
@Stateless
@Interceptors(FlushBeforeReturning.class)
public class Projects {

    private static final String NOUN = "project";
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
    SearchOutbox outbox;

    public Project draft(ProjectInput input) {
        Organisation owner = authoring.ownerFor(input, "projects");
        var project = new Project(owner, people.current());
        apply(project, input);
        em.persist(project);
        outbox.changed(project);
        return project;
    }

    public Project update(long id, ProjectInput input) {
        Project project = authoring.editable(find(id), NOUN);
        project.requireVersion(input.version());
        authoring.requireSameOwner(project, input, "a project");
        apply(project, input);
        outbox.changed(project);
        return project;
    }

    public Project publish(long id) {
        Project project = authoring.editable(find(id), NOUN);
        project.publish();
        outbox.changed(project);
        return project;
    }

    public Project archive(long id) {
        Project project = authoring.editable(find(id), NOUN);
        project.archive();
        outbox.changed(project);
        return project;
    }

    public Project confirmCurrent(long id) {
        Project project = authoring.editable(find(id), NOUN);
        project.confirmCurrent();
        return project;
    }

    /** A published project, or one of the caller's own organisations'; others' drafts are "not found". */
    public Project read(long id) {
        return authoring.readable(find(id), NOUN);
    }

    public List<Project> published(int first, int max) {
        return em.createNamedQuery(Project.PUBLISHED, Project.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), MAX_PAGE))
                .getResultList();
    }

    /** Everything the caller's organisations own, drafts included. */
    public List<Project> ofMyOrganisations() {
        Set<Organisation> mine = people.current().organisations();
        if (mine.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Project.OF_ORGANISATIONS, Project.class).setParameter("owners", mine).getResultList();
    }

    public boolean mayEdit(Project project) {
        return authoring.mayEdit(project);
    }

    private void apply(Project project, ProjectInput input) {
        authoring.applyCore(project, input);
        project.plan(input.phase(), input.collaborationLevel(), input.goals(), input.results());
        project.finance(Optional.ofNullable(input.budgetSek()).orElse(0L),
                Optional.ofNullable(input.financing()).orElse(List.of()).stream()
                        .map(line -> new FinancingLine(line.source(), line.funder(),
                                line.organisation() == null || line.organisation().isBlank() ? null
                                        : organisations.existing("financing.organisation", line.organisation()),
                                line.amountSek() == null ? 0 : line.amountSek(), line.sharePercent()))
                        .toList());
    }

    private Project find(long id) {
        // Through the base class, so the id of another kind is "not found" whatever the cache holds.
        return Optional.ofNullable(em.find(Initiative.class, id)).filter(Project.class::isInstance).map(Project.class::cast).orElseThrow(() -> Authoring.notFound(NOUN, id));
    }
}
