package se.hjulet.hub.initiative.ui;

import se.hjulet.hub.initiative.boundary.ContactInput;
import se.hjulet.hub.initiative.entity.Contact;
import se.hjulet.hub.ui.Rows;
import se.hjulet.hub.ui.TypedInput;

/** A contact person as the form shows it: name, role, organisation, e-mail and phone. */
public class ContactRow implements Rows.Row {

    private static final long serialVersionUID = 1L;
    private String name;
    private String role;
    private String organisation;
    private String email;
    private String phone;

    static ContactRow of(Contact contact) {
        var row = new ContactRow();
        row.name = contact.name();
        row.role = contact.role();
        row.organisation = contact.organisation();
        row.email = contact.email();
        row.phone = contact.phone();
        return row;
    }

    ContactInput toInput() {
        return new ContactInput(TypedInput.text(name), TypedInput.text(role), TypedInput.text(organisation),
                TypedInput.text(email), TypedInput.text(phone));
    }

    @Override
    public boolean isEmpty() {
        return TypedInput.text(name) == null && TypedInput.text(role) == null && TypedInput.text(organisation) == null
                && TypedInput.text(email) == null && TypedInput.text(phone) == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
