package se.hjulet.hub.organisation.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hjulet.hub.organisation.boundary.OrganisationInput;
import se.hjulet.hub.organisation.entity.OrganisationKind;
import se.hjulet.hub.ui.BundleWords;
import se.hjulet.hub.ui.FormErrors.FieldError;

/** The admin's organisation form says what is wrong on the box it is about, in the form's own words. */
class OrganisationAdminTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aMissingNameAndATooLongMemberAreNamedOnTheirBoxesInFormOrder() {
        var input = new OrganisationInput(OrganisationKind.FEDERATION, null, null, null, List.of("x".repeat(201)));
        List<FieldError> swedish = OrganisationAdmin.errorsIn(BundleWords.SWEDISH).of(VALIDATOR.validate(input), Map.of());
        assertEquals(List.of(new FieldError("name", "Skriv organisationens namn."),
                new FieldError("members", BundleWords.SWEDISH.get("error.itemTooLong", "Medlemmar (bara kommunalförbund)", 200))), swedish);
        List<FieldError> english = OrganisationAdmin.errorsIn(BundleWords.ENGLISH).of(VALIDATOR.validate(input), Map.of());
        assertEquals("Write the organisation's name.", english.get(0).text());
    }

    @Test
    void aNameTooLongSaysHowLongItMayBe() {
        var input = new OrganisationInput(OrganisationKind.AGENCY, "n".repeat(201), null, null, List.of());
        List<FieldError> errors = OrganisationAdmin.errorsIn(BundleWords.SWEDISH).of(VALIDATOR.validate(input), Map.of());
        assertEquals(List.of(new FieldError("name", "Namn får vara högst 200 tecken.")), errors);
    }
}
