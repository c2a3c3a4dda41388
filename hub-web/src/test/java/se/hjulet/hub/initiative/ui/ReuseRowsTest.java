package se.hjulet.hub.initiative.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.hjulet.hub.initiative.ui.InitiativePage.ReuseRow;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.organisation.entity.OrganisationKind;
import se.hjulet.hub.reuse.entity.ReuseKind;
import se.hjulet.hub.reuse.entity.ReuseMark;

/** What an item's page says about who reused it: the organisation, how, its note, and what came of it if the reader may see it. */
class ReuseRowsTest {

    private final Organisation fyrbodal = new Organisation(OrganisationKind.FEDERATION, "Fyrbodals kommunalförbund", null, "14");
    private final Organisation council = new Organisation(OrganisationKind.FEDERATION, "Västernorrlands Digitaliseringsråd", null, "22");
    private final Organisation bengtsfors = new Organisation(OrganisationKind.MUNICIPALITY, "Bengtsfors", "1460", "14");

    @Test
    void eachMarkNamesTheOrganisationHowAndWhatCameOfIt() {
        LearningExample thinkTanks = published(fyrbodal, "Tankesmedja i Fyrbodal");
        LearningExample councilTraining = published(council, "Rådets utbildning för förtroendevalda");
        var reused = new ReuseMark(thinkTanks, council, ReuseKind.REUSED, councilTraining, "Upplägget med tre teman.", null);
        var inspired = new ReuseMark(thinkTanks, bengtsfors, ReuseKind.INSPIRED, null, null, null);

        List<ReuseRow> rows = InitiativePage.reuseRows(List.of(reused, inspired), mark -> Optional.ofNullable(mark.ownItem()),
                how -> how == ReuseKind.REUSED ? "återanvände det" : "inspirerades av det", path -> "/hub" + path);

        assertEquals(new ReuseRow("Västernorrlands Digitaliseringsråd", "återanvände det", "Upplägget med tre teman.",
                "Rådets utbildning för förtroendevalda", "/hub" + councilTraining.pagePath()), rows.get(0));
        assertEquals(new ReuseRow("Bengtsfors", "inspirerades av det", null, null, null), rows.get(1));
    }

    @Test
    void anOwnItemTheReaderMayNotSeeIsLeftOutButTheMarkStays() {
        LearningExample thinkTanks = published(fyrbodal, "Tankesmedja i Fyrbodal");
        LearningExample result = published(council, "Rådets eget exempel");
        var mark = new ReuseMark(thinkTanks, council, ReuseKind.REUSED, result, null, null);

        List<ReuseRow> rows = InitiativePage.reuseRows(List.of(mark), m -> Optional.empty(), how -> "återanvände det", path -> path);

        assertEquals(List.of(new ReuseRow("Västernorrlands Digitaliseringsråd", "återanvände det", null, null, null)), rows);
    }

    private static LearningExample published(Organisation owner, String title) {
        LearningExample example = new LearningExample(owner, null);
        example.describe(title, "Ingress.", "sv");
        example.publish();
        return example;
    }
}
