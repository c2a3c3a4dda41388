package se.hjulet.hub.collection.ui;

import se.hjulet.hub.initiative.ui.ParticipantRow;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.ui.Rows;
import se.hjulet.hub.ui.TypedInput;

/** A participating organisation of a collection, as the organisation picker writes it: "Uddevalla (1485)". */
public class OrganisationRow implements Rows.Row {

    private static final long serialVersionUID = 1L;

    private String organisation;

    static OrganisationRow of(Organisation organisation) {
        var row = new OrganisationRow();
        row.organisation = ParticipantRow.pickerLabel(organisation);
        return row;
    }

    @Override
    public boolean isEmpty() {
        return TypedInput.text(organisation) == null;
    }

    /** The code in brackets, or the name or code as typed. */
    String reference() {
        return ParticipantRow.reference(organisation);
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
