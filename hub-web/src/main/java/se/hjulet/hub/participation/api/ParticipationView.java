package se.hjulet.hub.participation.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.hjulet.hub.initiative.api.CoreViews.OrganisationRef;
import se.hjulet.hub.participation.entity.Participation;
import se.hjulet.hub.participation.entity.ParticipationTotals;

/** One organisation's participation as the API shows it; contact details only to the two organisations involved. */
public record ParticipationView(long id, long itemId, String itemKind, OrganisationRef organisation, String status,
                                String message, String contactName, String contactEmail,
                                long pledgedSek, int personDays, boolean joinsProcurement,
                                Instant createdAt, Instant decidedAt) {

    public static ParticipationView of(Participation p, boolean withContact) {
        return new ParticipationView(p.id(), p.initiative().id(), p.initiative().kind(),
                OrganisationRef.of(p.organisation()), p.status().name(), p.message(),
                withContact ? p.contactName() : null, withContact ? p.contactEmail() : null,
                p.pledgedSek(), p.personDays(), p.joinsProcurement(), p.createdAt(), p.decidedAt());
    }

    /** Who is in on an item and the accepted totals; {@code budgetSek} is the project's budget (null for needs). */
    @Schema(name = "ParticipationTotals")
    public record Totals(List<OrganisationRef> accepted, long acceptedPledgedSek, Long budgetSek,
                         int acceptedPersonDays, int joiningProcurement, int interested, int pledged, int declined) {

        public static Totals of(ParticipationTotals t, Long budgetSek) {
            return new Totals(t.accepted().stream().map(OrganisationRef::of).toList(), t.acceptedPledgedSek(), budgetSek,
                    t.acceptedPersonDays(), t.joiningProcurement(), t.interested(), t.pledged(), t.declined());
        }
    }
}
