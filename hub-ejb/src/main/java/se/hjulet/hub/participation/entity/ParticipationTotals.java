package se.hjulet.hub.participation.entity;

import java.util.List;
import se.hjulet.hub.organisation.entity.Organisation;

/**
 * Who is in on an item and with what: accepted pledges only count towards the totals, so the
 * numbers never promise what the owner has not agreed to.
 */
public record ParticipationTotals(List<Organisation> accepted, long acceptedPledgedSek, int acceptedPersonDays,
                                  int joiningProcurement, int interested, int pledged, int declined) {

    public static ParticipationTotals of(List<Participation> participations) {
        var accepted = participations.stream().filter(p -> p.status() == ParticipationStatus.ACCEPTED).toList();
        return new ParticipationTotals(
                accepted.stream().map(Participation::organisation).toList(),
                accepted.stream().mapToLong(Participation::pledgedSek).sum(),
                accepted.stream().mapToInt(Participation::personDays).sum(),
                (int) accepted.stream().filter(Participation::joinsProcurement).count(),
                count(participations, ParticipationStatus.INTERESTED),
                count(participations, ParticipationStatus.PLEDGED),
                count(participations, ParticipationStatus.DECLINED));
    }

    private static int count(List<Participation> participations, ParticipationStatus status) {
        return (int) participations.stream().filter(p -> p.status() == status).count();
    }
}
