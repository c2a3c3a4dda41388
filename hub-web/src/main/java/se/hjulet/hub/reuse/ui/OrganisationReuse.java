package se.hjulet.hub.reuse.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Function;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.reuse.boundary.Reuses;
import se.hjulet.hub.reuse.entity.ReuseKind;
import se.hjulet.hub.reuse.entity.ReuseMark;
import se.hjulet.hub.ui.Site;
import se.hjulet.hub.ui.Texts;

/**
 * An organisation's page (WEB-INF/templates/organisation-reuse.xhtml): what it reused of others' work and who
 * reused its own, each mark with how and the item; items the reader may not see are left out by the boundary.
 */
@Named("organisationReuse")
@RequestScoped
public class OrganisationReuse {

    @Inject
    Reuses reuses;

    @Inject
    Site site;

    private List<Row> reused;
    private List<Row> reusedWork;

    /** One mark as the page lists it: the item, its owner or the organisation that reused it, and how. */
    public record Row(String title, String url, String organisation, String how) {
    }

    public List<Row> reused(Organisation organisation) {
        if (reused == null) {
            reused = rows(reuses.reusedBy(organisation), m -> m.item().owner().name(), OrganisationReuse::how, site::url);
        }
        return reused;
    }

    public List<Row> reusedWork(Organisation organisation) {
        if (reusedWork == null) {
            reusedWork = rows(reuses.ofWorkOf(organisation), m -> m.organisation().name(), OrganisationReuse::how, site::url);
        }
        return reusedWork;
    }

    /**
     * @param other the organisation at the other end: the item's owner (what it reused) or the one that reused it
     */
    static List<Row> rows(List<ReuseMark> marks, Function<ReuseMark, String> other, Function<ReuseKind, String> how,
                          Function<String, String> url) {
        return marks.stream().map(m -> new Row(m.item().title(), url.apply(m.item().pagePath()), other.apply(m), how.apply(m.how())))
                .toList();
    }

    private static String how(ReuseKind kind) {
        return Texts.get("reuse.how." + kind.name());
    }
}
