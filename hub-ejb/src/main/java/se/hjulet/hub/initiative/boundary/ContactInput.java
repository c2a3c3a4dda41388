package se.hjulet.hub.initiative.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.hjulet.hub.initiative.entity.Contact;

public record ContactInput(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String role,
        @Size(max = 200) String organisation,
        @Email @Size(max = 320) String email,
        @Size(max = 40) String phone) {

    /** A stored contact as an author would write it again. */
    public static ContactInput of(Contact contact) {
        return new ContactInput(contact.name(), contact.role(), contact.organisation(), contact.email(), contact.phone());
    }

    public Contact toContact() {
        return new Contact(name.strip(), role, organisation, email, phone);
    }
}
