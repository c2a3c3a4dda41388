package se.hjulet.hub.initiative.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import se.hjulet.hub.organisation.entity.Organisation;

/** An organisation taking part in an initiative, and in which role. */
@Embeddable
public class Participant {

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipantRole role;

    protected Participant() {
    }

    public Participant(Organisation organisation, ParticipantRole role) {
        this.organisation = organisation;
        this.role = role == null ? ParticipantRole.PARTNER : role;
    }

    public Organisation organisation() {
        return organisation;
    }

    public ParticipantRole role() {
        return role;
    }
}
