package se.hjulet.hub.project.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.hjulet.hub.initiative.ui.InitiativePage;
import se.hjulet.hub.initiative.boundary.Initiatives;
import se.hjulet.hub.project.entity.Project;
import se.hjulet.hub.ui.Texts;

/**
 * One project, {@code projekt.xhtml?id=N}: phase, budget and financing, how open it is to others,
 * goals and results, who takes part and what they pledged.
 */
@Named("projectPage")
@RequestScoped
public class ProjectPage extends InitiativePage<Project> {

    @Inject
    Initiatives initiatives;

    @Override
    protected Project read(long id) {
        return initiatives.read(Project.class, id);
    }

    @Override
    protected boolean mayEdit(Project item) {
        return initiatives.mayEdit(item);
    }

    @Override
    protected void publish(long id) {
        initiatives.publish(Project.class, id);
    }

    @Override
    protected void archive(long id) {
        initiatives.archive(Project.class, id);
    }

    @Override
    protected void confirm(long id) {
        initiatives.confirmCurrent(Project.class, id);
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

    public String getPhase() {
        return Texts.get("phase." + getItem().phase().name());
    }

    public String getCollaboration() {
        return Texts.get("collaboration." + getItem().collaborationLevel().name());
    }

    public String getBudget() {
        return getItem().budgetSek() > 0 ? sek(getItem().budgetSek()) : null;
    }

    /** "Europeiska regionala utvecklingsfonden (ERDF) – 3 000 000 kr, 50 %". */
    public List<Row> getFinancing() {
        return getItem().financing().stream().map(line -> {
            String who = line.funder() != null ? line.funder()
                    : line.organisation() != null ? line.organisation().name() : getOwnerName();
            String share = line.sharePercent() == null ? "" : ", " + line.sharePercent().stripTrailingZeros().toPlainString() + " %";
            return new Row(Texts.get("funding." + line.source().name()) + ": " + who, sek(line.amountSek()) + share);
        }).toList();
    }

    public String getPledgedOfBudget() {
        return Texts.get("project.pledgedOfBudget", sek(getTotals().acceptedPledgedSek()), sek(getItem().budgetSek()));
    }
}
