package se.hjulet.hub.procurement.api;

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
import se.hjulet.hub.procurement.entity.CpvCode;
import se.hjulet.hub.procurement.entity.ProcurementNeed;

/** A procurement need as the API shows it; CPV codes come with their Swedish and English labels. */
public record ProcurementNeedView(
        long id, String kind, String status, long version,
        String title, String lead,
        OrganisationRef owner, List<ParticipantView> participatingOrganisations,
        CpvView mainCpv, List<CpvView> additionalCpv,
        Long estimatedValueMinSek, Long estimatedValueMaxSek,
        LocalDate procurementWindowFrom, LocalDate procurementWindowTo, Integer contractLengthMonths,
        String procurementStatus, boolean openForCoProcurement, LocalDate joinDeadline, boolean takesPartnersToday,
        String requirementsSummary,
        Set<String> policyAreas, Set<String> tags,
        LocalDate periodFrom, LocalDate periodTo, boolean ongoing,
        List<ContactView> contacts, List<LinkView> links,
        String language, String licence,
        Instant createdAt, Instant updatedAt, Instant publishedAt, Instant lastConfirmedAt,
        boolean possiblyOutdated,
        ParticipationView.Totals participation,
        List<RelationView> relations) {

    public record CpvView(String code, String labelSv, String labelEn) {
        static CpvView of(CpvCode c) {
            return new CpvView(c.code(), c.labelSv(), c.labelEn());
        }
    }

    public static ProcurementNeedView of(ProcurementNeed n, ParticipationTotals totals, List<Relation> relations) {
        return new ProcurementNeedView(n.id(), n.kind(), n.status().name().toLowerCase(), n.version(),
                n.title(), n.lead(),
                OrganisationRef.of(n.owner()), n.participants().stream().map(ParticipantView::of).toList(),
                CpvView.of(n.mainCpv()), n.additionalCpv().stream().map(CpvView::of).toList(),
                n.valueMinSek(), n.valueMaxSek(), n.windowFrom(), n.windowTo(), n.contractMonths(),
                n.procurementStatus().name(), n.openForCoProcurement(), n.joinDeadline(),
                n.takesPartnersOn(LocalDate.now()), n.requirements(),
                n.policyAreas(), n.tags(),
                n.period().from(), n.period().to(), n.period().ongoing(),
                n.contacts().stream().map(ContactView::of).toList(), n.links().stream().map(LinkView::of).toList(),
                n.language(), n.licence(),
                n.createdAt(), n.updatedAt(), n.publishedAt(), n.lastConfirmedAt(),
                n.possiblyOutdated(Instant.now()),
                ParticipationView.Totals.of(totals, null),
                relations.stream().map(r -> RelationView.of(r, n)).toList());
    }
}
