package se.hjulet.hub.question.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hjulet.hub.ui.BundleWords;
import se.hjulet.hub.ui.FormErrors.FieldError;

/** What the ask form makes of what a person typed, and what it says about what is missing. */
class AskFormTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void itemsAreNamedByTheirNumbersOrTheAddressesOfTheirPages() {
        assertEquals(List.of(12L, 15L, 7L), AskForm.itemIds("12, https://hjulet.se:8080/exempel.xhtml?id=15\n/projekt.xhtml?lang=sv&id=7 12"));
        assertEquals(List.of(), AskForm.itemIds("  "));
        assertEquals(List.of(), AskForm.itemIds(null));
    }

    @Test
    void somethingThatNamesNoItemIsRefusedSoTheBoxGetsAMessage() {
        assertNull(AskForm.itemIds("12, tankesmedjan"));
        assertNull(AskForm.itemIds("https://hjulet.se:8080/exempel.xhtml"), "a port is not an item's number");
    }

    @Test
    void anEmptyQuestionIsToldWhatIsMissingInSwedishInTheOrderOfTheForm() {
        var draft = new AskForm.QuestionDraft(null, " ", Set.of(), List.of());
        List<FieldError> errors = AskForm.errorsIn(BundleWords.SWEDISH).of(VALIDATOR.validate(draft), Map.of());
        assertEquals(List.of(new FieldError("title", "Skriv en rubrik."), new FieldError("text", "Beskriv din fråga.")), errors);
    }

    @Test
    void anOverlongTitleAndTooManyItemsAreNamedOnTheirBoxes() {
        var draft = new AskForm.QuestionDraft("x".repeat(201), "Har någon gjort det här?", Set.of(),
                List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L));
        List<FieldError> errors = AskForm.errorsIn(BundleWords.ENGLISH).of(VALIDATOR.validate(draft), Map.of());
        assertEquals(List.of("title", "concerns"), errors.stream().map(FieldError::clientId).toList());
        assertEquals("Concerns initiatives: at most 10 items.", errors.get(1).text());
    }
}
