package se.hjulet.hub.initiative.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.organisation.entity.OrganisationKind;

/** The participant picker's box: what it shows and what the hub looks up. */
class ParticipantRowTest {

    @Test
    void thePickerShowsNameAndCodeAndTheCodeIsWhatIsSaved() {
        var sundsvall = new Organisation(OrganisationKind.MUNICIPALITY, "Sundsvall", "2281", "22");
        assertEquals("Sundsvall (2281)", ParticipantRow.pickerLabel(sundsvall));
        assertEquals("2281", ParticipantRow.reference("Sundsvall (2281)"));
        var federation = new Organisation(OrganisationKind.FEDERATION, "Fyrbodals kommunalförbund", "222000-1234", "14");
        assertEquals("222000-1234", ParticipantRow.reference(ParticipantRow.pickerLabel(federation)));
    }

    @Test
    void whatIsTypedAloneIsLookedUpAsItIs() {
        assertEquals("Sundsvall", ParticipantRow.reference("  Sundsvall "));
        assertEquals("2281", ParticipantRow.reference("2281"));
        assertEquals("Bolaget (Norr)", ParticipantRow.reference("Bolaget (Norr)"), "brackets that hold no code are part of the name");
        assertNull(ParticipantRow.reference(" "));
    }
}
