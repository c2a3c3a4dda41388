package se.hjulet.hub.initiative.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.hjulet.hub.initiative.boundary.ParticipantInput;
import se.hjulet.hub.initiative.entity.Participant;
import se.hjulet.hub.initiative.entity.ParticipantRole;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.ui.Rows;
import se.hjulet.hub.ui.TypedInput;

/**
 * A participating organisation and its role. The box holds the organisation as the picker offers it,
 * "Sundsvall (2281)": the code in brackets is what is saved; a name or code typed alone is looked up
 * as it is (the hub finds organisations by code or exact name).
 */
public class ParticipantRow implements Rows.Row {

    private static final long serialVersionUID = 1L;
    private static final Pattern WITH_CODE = Pattern.compile("^.*\\(([0-9-]{2,})\\)$");
    private String organisation;
    private String role = ParticipantRole.PARTNER.name();

    static ParticipantRow of(Participant participant) {
        var row = new ParticipantRow();
        row.organisation = pickerLabel(participant.organisation());
        row.role = participant.role().name();
        return row;
    }

    /** How the picker shows an organisation: its name, and its code in brackets when it has one. */
    public static String pickerLabel(Organisation organisation) {
        return organisation.code() == null ? organisation.name() : organisation.name() + " (" + organisation.code() + ")";
    }

    /** The reference the hub looks up: the code in brackets, or the text as typed. */
    static String reference(String typed) {
        String text = TypedInput.text(typed);
        if (text == null) {
            return null;
        }
        Matcher matcher = WITH_CODE.matcher(text);
        return matcher.matches() ? matcher.group(1) : text;
    }

    ParticipantInput toInput(ParticipantRole chosenRole) {
        return new ParticipantInput(reference(organisation), chosenRole);
    }

    /** Only the organisation makes a row: the role has a value from the start. */
    @Override
    public boolean isEmpty() {
        return TypedInput.text(organisation) == null;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
