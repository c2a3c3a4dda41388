package se.hjulet.hub.project.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.hjulet.hub.initiative.ui.InitiativeForm;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.project.boundary.FinancingLineInput;
import se.hjulet.hub.project.boundary.ProjectInput;
import se.hjulet.hub.initiative.boundary.Initiatives;
import se.hjulet.hub.project.entity.CollaborationLevel;
import se.hjulet.hub.project.entity.FundingSource;
import se.hjulet.hub.project.entity.Project;
import se.hjulet.hub.project.entity.ProjectPhase;
import se.hjulet.hub.ui.Texts;

/**
 * The project form, {@code skriv/projekt.xhtml} (new) and {@code skriv/projekt.xhtml?id=N} (edit):
 * the shared core, phase, openness, budget with up to five financing lines, goals and results.
 * Field ids: title, lead, ownerOrganisation, phase, collaborationLevel, budgetSek, financing:N:source
 * (…funder, …organisation, …amountSek, …sharePercent; their errors show at the top), goals, results, policyAreas, tags, periodFrom,
 * periodTo, ongoing.
 */
@Named("projectForm")
@ViewScoped
public class ProjectForm extends InitiativeForm<Project> {

    private static final long serialVersionUID = 1L;
    private static final int LINES = 5;

    @Inject
    Initiatives initiatives;

    private ProjectPhase phase = ProjectPhase.IDEA;
    private CollaborationLevel collaborationLevel = CollaborationLevel.SHARE_IDEAS;
    private Long budgetSek;
    private String goals;
    private String results;
    private final List<Line> financing = new ArrayList<>(blankLines(LINES));

    /** One editable financing line; a line without an amount is left out. */
    public static class Line implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private FundingSource source;
        private String funder;
        private String organisation;
        private Long amountSek;
        private BigDecimal sharePercent;

        public FundingSource getSource() {
            return source;
        }

        public void setSource(FundingSource source) {
            this.source = source;
        }

        public String getFunder() {
            return funder;
        }

        public void setFunder(String funder) {
            this.funder = funder;
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public Long getAmountSek() {
            return amountSek;
        }

        public void setAmountSek(Long amountSek) {
            this.amountSek = amountSek;
        }

        public BigDecimal getSharePercent() {
            return sharePercent;
        }

        public void setSharePercent(BigDecimal sharePercent) {
            this.sharePercent = sharePercent;
        }

        boolean isBlank() {
            return amountSek == null && (funder == null || funder.isBlank()) && source == null;
        }
    }

    private static List<Line> blankLines(int n) {
        var lines = new ArrayList<Line>();
        for (int i = 0; i < n; i++) {
            lines.add(new Line());
        }
        return lines;
    }

    @Override
    protected Project read(long id) {
        return initiatives.read(Project.class, id);
    }

    @Override
    protected boolean mayEdit(Project item) {
        return initiatives.mayEdit(item);
    }

    @Override
    protected void fill(Project project) {
        phase = project.phase();
        collaborationLevel = project.collaborationLevel();
        budgetSek = project.budgetSek();
        goals = project.goals();
        results = project.results();
        financing.clear();
        project.financing().forEach(f -> {
            var line = new Line();
            line.source = f.source();
            line.funder = f.funder();
            line.organisation = f.organisation() == null ? null : f.organisation().reference();
            line.amountSek = f.amountSek();
            line.sharePercent = f.sharePercent();
            financing.add(line);
        });
        financing.addAll(blankLines(Math.max(1, LINES - financing.size())));
    }

    @Override
    protected long store() {
        var input = new ProjectInput(title, lead, ownerOrganisation, carriedParticipants(), phase,
                budgetSek == null ? 0L : budgetSek,
                financing.stream().filter(l -> !l.isBlank())
                        .map(l -> new FinancingLineInput(l.source == null ? FundingSource.OWN : l.source, l.funder,
                                l.organisation, l.amountSek == null ? 0L : l.amountSek, l.sharePercent))
                        .toList(),
                collaborationLevel, goals, results, terms(policyAreas), terms(tags), periodFrom, periodTo, ongoing,
                carriedContacts(), carriedLinks(), carriedLanguage(), version);
        if (!valid(input)) {
            throw new InvalidInput(null, Texts.get("form.errors.heading"));
        }
        return id == null ? initiatives.draft(input).id() : initiatives.update(id, input).id();
    }

    @Override
    protected String page() {
        return "/projekt.xhtml";
    }

    @Override
    protected Set<String> fields() {
        return Set.of("title", "lead", "ownerOrganisation", "phase", "collaborationLevel", "budgetSek",
                "goals", "results", "policyAreas", "tags", "periodFrom", "periodTo", "ongoing");
    }

    public String getHeading() {
        return Texts.get(isEditing() ? "projectForm.heading.edit" : "projectForm.heading.new");
    }

    public ProjectPhase[] getPhases() {
        return ProjectPhase.values();
    }

    public CollaborationLevel[] getCollaborationLevels() {
        return CollaborationLevel.values();
    }

    public FundingSource[] getSources() {
        return FundingSource.values();
    }

    public ProjectPhase getPhase() {
        return phase;
    }

    public void setPhase(ProjectPhase phase) {
        this.phase = phase;
    }

    public CollaborationLevel getCollaborationLevel() {
        return collaborationLevel;
    }

    public void setCollaborationLevel(CollaborationLevel collaborationLevel) {
        this.collaborationLevel = collaborationLevel;
    }

    public Long getBudgetSek() {
        return budgetSek;
    }

    public void setBudgetSek(Long budgetSek) {
        this.budgetSek = budgetSek;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public List<Line> getFinancing() {
        return financing;
    }
}
