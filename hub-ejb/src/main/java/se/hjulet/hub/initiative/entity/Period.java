package se.hjulet.hub.initiative.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import se.hjulet.hub.platform.entity.InvalidInput;

/** When an initiative ran: from/to, or from and still ongoing. */
@Embeddable
public class Period {

    @Column(name = "period_from")
    private LocalDate from;

    @Column(name = "period_to")
    private LocalDate to;

    @Column(name = "ongoing", nullable = false)
    private boolean ongoing;

    protected Period() {
    }

    public Period(LocalDate from, LocalDate to, boolean ongoing) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("periodTo", "The period ends (" + to + ") before it starts (" + from + ").");
        }
        if (ongoing && to != null) {
            throw new InvalidInput("ongoing", "An ongoing initiative has no end date; remove one of them.");
        }
        this.from = from;
        this.to = to;
        this.ongoing = ongoing;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public boolean ongoing() {
        return ongoing;
    }
}
