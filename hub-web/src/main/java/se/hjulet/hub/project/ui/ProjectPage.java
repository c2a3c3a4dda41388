package se.hjulet.hub.project.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import se.hjulet.hub.initiative.ui.InitiativePage;
import se.hjulet.hub.project.entity.Project;
import se.hjulet.hub.ui.Texts;

/**
 * One project, {@code projekt.xhtml?id=N}: phase, budget and financing, how open it is to others,
 * goals and results, who takes part and what they pledged.
 */
@Named("projectPage")
@RequestScoped
public class ProjectPage extends InitiativePage<Project> {

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
