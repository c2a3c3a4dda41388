package se.hjulet.hub.project.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.hjulet.hub.initiative.api.CoreViews.ContactView;
import se.hjulet.hub.initiative.api.CoreViews.LinkView;
import se.hjulet.hub.initiative.api.CoreViews.OrganisationRef;
import se.hjulet.hub.initiative.api.CoreViews.ParticipantView;
import se.hjulet.hub.initiative.api.RelationView;
import se.hjulet.hub.initiative.entity.Relation;
import se.hjulet.hub.participation.api.ParticipationView;
import se.hjulet.hub.participation.entity.ParticipationTotals;
import se.hjulet.hub.project.entity.FinancingLine;
import se.hjulet.hub.project.entity.Project;

/** A project as the API shows it. */
public record ProjectView(
        long id, String kind, String status, long version,
        String title, String lead,
        OrganisationRef owner, List<ParticipantView> participatingOrganisations,
        String phase, long budgetSek, List<FinancingLineView> financing, String collaborationLevel,
        String goals, String results,
        Set<String> policyAreas, Set<String> tags,
        LocalDate periodFrom, LocalDate periodTo, boolean ongoing,
        List<ContactView> contacts, List<LinkView> links,
        String language, String licence,
        Instant createdAt, Instant updatedAt, Instant publishedAt, Instant lastConfirmedAt,
        boolean possiblyOutdated,
        ParticipationView.Totals participation,
        List<RelationView> relations) {

    public record FinancingLineView(String source, String funder, OrganisationRef organisation, long amountSek,
                                    BigDecimal sharePercent) {
        static FinancingLineView of(FinancingLine f) {
            return new FinancingLineView(f.source().name(), f.funder(), OrganisationRef.of(f.organisation()),
                    f.amountSek(), f.sharePercent());
        }
    }

    public static ProjectView of(Project p, ParticipationTotals totals, List<Relation> relations) {
        return new ProjectView(p.id(), p.kind(), p.status().name().toLowerCase(), p.version(),
                p.title(), p.lead(),
                OrganisationRef.of(p.owner()), p.participants().stream().map(ParticipantView::of).toList(),
                p.phase().name(), p.budgetSek(), p.financing().stream().map(FinancingLineView::of).toList(),
                p.collaborationLevel().name(), p.goals(), p.results(),
                p.policyAreas(), p.tags(),
                p.period().from(), p.period().to(), p.period().ongoing(),
                p.contacts().stream().map(ContactView::of).toList(), p.links().stream().map(LinkView::of).toList(),
                p.language(), p.licence(),
                p.createdAt(), p.updatedAt(), p.publishedAt(), p.lastConfirmedAt(),
                p.possiblyOutdated(Instant.now()),
                ParticipationView.Totals.of(totals, p.budgetSek()),
                relations.stream().map(r -> RelationView.of(r, p)).toList());
    }
}
