package se.hjulet.hub.person.boundary;

import jakarta.validation.constraints.Size;

/** Asking to join an organisation: an optional word to its admins. */
public record MembershipRequestInput(@Size(max = 2000) String message) {
}
