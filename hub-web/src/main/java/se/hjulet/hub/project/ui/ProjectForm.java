package se.hjulet.hub.project.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.hjulet.hub.initiative.ui.InitiativeForm;
import se.hjulet.hub.project.boundary.ProjectInput;
import se.hjulet.hub.project.entity.CollaborationLevel;
import se.hjulet.hub.project.entity.FundingSource;
import se.hjulet.hub.project.entity.Project;
import se.hjulet.hub.project.entity.ProjectPhase;
import se.hjulet.hub.ui.FormErrors.RowSection;
import se.hjulet.hub.ui.Rows;
import se.hjulet.hub.ui.Texts;
import se.hjulet.hub.ui.TypedInput;

/**
 * The project form, {@code skriv/projekt.xhtml} (new) and {@code ?id=N} (edit): what every initiative's
 * form has, and phase, openness, budget with financing lines, goals and results. Own ids: phase,
 * collaborationLevel, budgetSek, financing:N:financingSource (…Funder, …Organisation, …AmountSek,
 * …SharePercent), goals, results.
 */
@Named("projectForm")
@ViewScoped
public class ProjectForm extends InitiativeForm<Project> {

    private static final long serialVersionUID = 1L;

    private String phase = ProjectPhase.IDEA.name();
    private String collaborationLevel = CollaborationLevel.SHARE_IDEAS.name();
    private String budgetSek;
    private String goals;
    private String results;
    private final Rows<FinancingRow> financing = new Rows<>(FinancingRow::new, 1, 20);

    @Override
    protected Class<Project> kind() {
        return Project.class;
    }

    @Override
    protected String page() {
        return "/projekt.xhtml";
    }

    @Override
    protected String form() {
        return "/skriv/projekt.xhtml";
    }

    @Override
    protected String keys() {
        return "project";
    }

    @Override
    protected List<String> ownFields() {
        return List.of("phase", "collaborationLevel", "budgetSek", "financing", "goals", "results");
    }

    @Override
    protected List<RowSection> ownRowSections() {
        return List.of(FinancingRow.SECTION);
    }

    @Override
    protected List<String> lookAlikeTextFields() {
        return List.of("goals", "results");
    }

    @Override
    protected String lookAlikeText() {
        return String.join("\n", Stream.of(goals, results).filter(t -> t != null && !t.isBlank()).toList());
    }

    @Override
    protected void fill(Project project) {
        phase = project.phase().name();
        collaborationLevel = project.collaborationLevel().name();
        budgetSek = String.valueOf(project.budgetSek());
        goals = project.goals();
        results = project.results();
        financing.fill(project.financing().stream().map(FinancingRow::of).toList());
    }

    @Override
    protected ProjectInput input(Core core, TypedInput typed, Map<String, int[]> rowsOf) {
        var lines = financing.build(row -> row.toInput(financing.getList().indexOf(row), typed));
        rowsOf.put(FinancingRow.SECTION.property(), lines.rows());
        Long budget = typed.wholeNumber("budgetSek", Texts.get("form.budgetSek.label"), budgetSek);
        return new ProjectInput(core.title(), core.lead(), core.ownerOrganisation(), core.participants(),
                typed.choice(ProjectPhase.class, "phase", Texts.get("form.phase.label"), phase),
                budget == null ? 0L : budget, lines.inputs(),
                typed.choice(CollaborationLevel.class, "collaborationLevel", Texts.get("form.collaborationLevel.label"), collaborationLevel),
                TypedInput.text(goals), TypedInput.text(results), core.policyAreas(), core.tags(),
                core.periodFrom(), core.periodTo(), core.ongoing(), core.contacts(), core.links(), core.language(), core.version());
    }

    public List<Option> getPhases() {
        return Stream.of(ProjectPhase.values()).map(p -> new Option(p.name(), Texts.get("phase." + p.name()))).toList();
    }

    public List<Option> getCollaborationLevels() {
        return Stream.of(CollaborationLevel.values()).map(c -> new Option(c.name(), Texts.get("collaboration." + c.name()))).toList();
    }

    public List<Option> getSources() {
        return Stream.of(FundingSource.values()).map(s -> new Option(s.name(), Texts.get("funding." + s.name()))).toList();
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public String getCollaborationLevel() {
        return collaborationLevel;
    }

    public void setCollaborationLevel(String collaborationLevel) {
        this.collaborationLevel = collaborationLevel;
    }

    public String getBudgetSek() {
        return budgetSek;
    }

    public void setBudgetSek(String budgetSek) {
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

    public Rows<FinancingRow> getFinancing() {
        return financing;
    }
}
