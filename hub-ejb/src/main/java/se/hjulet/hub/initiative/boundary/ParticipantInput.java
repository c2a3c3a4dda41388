package se.hjulet.hub.initiative.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.hjulet.hub.initiative.entity.Participant;
import se.hjulet.hub.initiative.entity.ParticipantRole;

/** An organisation by code (kommunkod, länskod, organisation number) or exact name, and its role. */
public record ParticipantInput(@NotBlank @Size(max = 200) String organisation, ParticipantRole role) {

    /** A stored participant as an author would write it again. */
    public static ParticipantInput of(Participant participant) {
        return new ParticipantInput(participant.organisation().reference(), participant.role());
    }
}
