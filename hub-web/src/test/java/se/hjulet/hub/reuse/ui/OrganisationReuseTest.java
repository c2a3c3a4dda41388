package se.hjulet.hub.reuse.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.organisation.entity.OrganisationKind;
import se.hjulet.hub.reuse.entity.ReuseKind;
import se.hjulet.hub.reuse.entity.ReuseMark;

/** What an organisation's page says about reuse: whose work it reused, and who reused its own. */
class OrganisationReuseTest {

    private final Organisation fyrbodal = new Organisation(OrganisationKind.FEDERATION, "Fyrbodals kommunalförbund", null, "14");
    private final Organisation council = new Organisation(OrganisationKind.FEDERATION, "Västernorrlands Digitaliseringsråd", null, "22");

    @Test
    void eachMarkNamesTheItemTheOrganisationAtTheOtherEndAndHow() {
        LearningExample thinkTanks = new LearningExample(fyrbodal, null);
        thinkTanks.describe("Tankesmedja i Fyrbodal", "Ingress.", "sv");
        thinkTanks.publish();
        var mark = new ReuseMark(thinkTanks, council, ReuseKind.INSPIRED, null, null, null);

        // On the council's page: what it reused, named with the owner.
        assertEquals(List.of(new OrganisationReuse.Row("Tankesmedja i Fyrbodal", "/hub" + thinkTanks.pagePath(),
                        "Fyrbodals kommunalförbund", "inspirerades av det")),
                OrganisationReuse.rows(List.of(mark), m -> m.item().owner().name(), how -> "inspirerades av det", path -> "/hub" + path));
        // On Fyrbodal's page: who reused its work.
        assertEquals("Västernorrlands Digitaliseringsråd",
                OrganisationReuse.rows(List.of(mark), m -> m.organisation().name(), how -> "", path -> path).get(0).organisation());
    }
}
