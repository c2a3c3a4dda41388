package se.hjulet.hub.participation.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "We are interested": for which organisation, a message to the owner, and whom to contact. */
public record InterestInput(
        @NotBlank @Size(max = 200) String organisation,
        @Size(max = 2000) String message,
        @Size(max = 200) String contactName,
        @Email @Size(max = 320) String contactEmail) {
}
