package se.hjulet.hub.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hjulet.hub.initiative.boundary.ContactInput;
import se.hjulet.hub.initiative.boundary.LinkInput;
import se.hjulet.hub.initiative.boundary.ParticipantInput;
import se.hjulet.hub.project.boundary.FinancingLineInput;
import se.hjulet.hub.project.boundary.ProjectInput;
import se.hjulet.hub.project.entity.FundingSource;
import se.hjulet.hub.ui.FormErrors.FieldError;
import se.hjulet.hub.ui.FormErrors.RowSection;

/** What a person reads beside each box when the project they wrote is refused, checked with the real input record. */
class FormErrorsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final RowSection CONTACTS = new RowSection("contacts", "contacts", "contact",
            List.of("name", "role", "organisation", "email", "phone"));
    private static final RowSection LINKS = new RowSection("links", "links", "link", List.of("title", "url"));
    private static final RowSection FINANCING = new RowSection("financing", "financing", "financing",
            List.of("source", "funder", "organisation", "amountSek", "sharePercent"));
    private static final List<String> ORDER = List.of("title", "lead", "ownerOrganisation", "language", "phase",
            "collaborationLevel", "budgetSek", "financing", "goals", "results", "policyAreas", "tags", "periodFrom",
            "periodTo", "ongoing", "participatingOrganisations", "contacts", "links");

    private final FormErrors errors = new FormErrors(ORDER, List.of(CONTACTS, LINKS, FINANCING), BundleWords.SWEDISH);

    private static ProjectInput project(String title, Long budget, List<FinancingLineInput> financing,
                                        List<ContactInput> contacts, Set<String> tags) {
        return new ProjectInput(title, "En ingress.", "2281", List.<ParticipantInput>of(), null, budget, financing, null,
                null, null, Set.of(), tags, null, null, false, contacts, List.<LinkInput>of(), "sv", null);
    }

    @Test
    void eachComplaintIsSaidInSwedishOnItsBoxInTheOrderOfTheForm() {
        var contacts = List.of(new ContactInput("Eva Ek", null, null, "eva@example.se", null),
                new ContactInput(" ", null, null, "inte-en-adress", null));
        var input = project("", -5L, List.of(), contacts, Set.of());
        // The second contact came from the form's fourth row: rows 2 and 3 were left empty.
        List<FieldError> found = errors.of(VALIDATOR.validate(input), Map.of("contacts", new int[] {0, 3}));

        assertEquals(List.of(
                new FieldError("title", "Skriv en rubrik."),
                new FieldError("budgetSek", "Total budget (kr) kan inte vara mindre än noll."),
                new FieldError("contacts:3:contactName", "Skriv ett namn för kontaktperson 4, eller töm de andra rutorna för den personen."),
                new FieldError("contacts:3:contactEmail", "Skriv e-postadressen för kontaktperson 4 som namn@exempel.se.")),
                sorted(found));
    }

    @Test
    void aRowOfItsOwnKindAndATooLongTermAreNamedToo() {
        var financing = List.of(new FinancingLineInput(FundingSource.EXTERNAL_FUND, "ERUF", null, 100L, new BigDecimal("120")));
        var input = project("Ett projekt", 1000L, financing, List.of(), Set.of("x".repeat(61)));
        List<FieldError> found = errors.of(VALIDATOR.validate(input), Map.of("financing", new int[] {1}));

        assertEquals(List.of(
                new FieldError("financing:1:financingSharePercent", "Andel (%) (Finansiering 2) får vara högst 100."),
                new FieldError("tags", "Taggar: varje rad får vara högst 60 tecken.")),
                sorted(found));
    }

    @Test
    void tooManyEntriesAreSaidOnceForTheWholeList() {
        var many = new ArrayList<ContactInput>();
        for (int i = 0; i < 21; i++) {
            many.add(new ContactInput("Person " + i, null, null, null, null));
        }
        List<FieldError> found = errors.of(VALIDATOR.validate(project("T", 0L, List.of(), many, Set.of())), Map.of());
        assertEquals(List.of(new FieldError(null, "Kontaktpersoner: högst 20 stycken.")), found,
                "the list as a whole has no box of its own: the message is for the page");
    }

    @Test
    void theWordsFollowTheLanguage() {
        var english = new FormErrors(ORDER, List.of(CONTACTS), BundleWords.ENGLISH);
        var found = english.of(VALIDATOR.validate(project(null, 0L, List.of(), List.of(), Set.of())), Map.of());
        assertEquals(List.of(new FieldError("title", "Enter a title.")), found);
    }

    @Test
    void aBoundarysRefusalGoesToTheBoxItNamesOrTheRowItMeans() {
        Map<String, int[]> rows = Map.of("financing", new int[] {2, 4}, "links", new int[] {0, 1});
        assertEquals("budgetSek", errors.clientIdFor("budgetSek", rows, s -> -1));
        assertEquals("financing:2:financingAmountSek", errors.clientIdFor("financing.amountSek", rows, s -> -1));
        assertEquals("financing:2:financingSource", errors.clientIdFor("financing", rows, s -> -1), "no property: the row's first box");
        assertEquals("links:1:linkTitle", errors.clientIdFor("links", rows, s -> 1), "the row the form suspects");
        assertNull(errors.clientIdFor("contacts", rows, s -> -1), "no contact rows: the page");
        assertNull(errors.clientIdFor("somethingElse", rows, s -> -1));
        assertNull(errors.clientIdFor(null, rows, s -> -1));
    }

    @Test
    void messagesSortByFieldThenRowThenTheBoxInTheRow() {
        var ids = new ArrayList<>(List.of("links:0:linkUrl", "contacts:1:contactEmail", "contacts:1:contactName",
                "contacts:0:contactPhone", "title", "financing:0:financingAmountSek", "goals", "unknown"));
        ids.sort(errors.formOrder());
        assertEquals(List.of("title", "financing:0:financingAmountSek", "goals", "contacts:0:contactPhone",
                "contacts:1:contactName", "contacts:1:contactEmail", "links:0:linkUrl", "unknown"), ids);
    }

    private List<FieldError> sorted(List<FieldError> found) {
        var list = new ArrayList<>(found);
        list.sort((a, b) -> errors.formOrder().compare(a.clientId(), b.clientId()));
        return list;
    }
}
