package se.hjulet.hub.initiative.entity;

import jakarta.persistence.Embeddable;

/** Someone to ask about an initiative. */
@Embeddable
public class Contact {

    private String name;
    private String role;
    private String organisation;
    private String email;
    private String phone;

    protected Contact() {
    }

    public Contact(String name, String role, String organisation, String email, String phone) {
        this.name = name;
        this.role = role;
        this.organisation = organisation;
        this.email = email;
        this.phone = phone;
    }

    public String name() {
        return name;
    }

    public String role() {
        return role;
    }

    public String organisation() {
        return organisation;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
