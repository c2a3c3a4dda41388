package se.hjulet.hub.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hjulet.hub.project.entity.ProjectPhase;
import se.hjulet.hub.ui.FormErrors.FieldError;

/** The boxes of a form hold text; what people type there becomes the values the input records take. */
class TypedInputTest {

    @Test
    void valuesAsPeopleWriteThem() {
        var typed = new TypedInput(BundleWords.SWEDISH);
        assertEquals(LocalDate.of(2027, 9, 1), typed.date("from", "Från", " 2027-09-01 "));
        assertEquals(6_000_000L, typed.wholeNumber("budget", "Budget", "6 000 000"));
        assertEquals(6_000_000L, typed.wholeNumber("budget", "Budget", "6\u00a0000\u00a0000"), "no-break spaces as a copy gives them");
        assertEquals(new BigDecimal("12.5"), typed.decimal("share", "Andel", "12,5"));
        assertEquals(ProjectPhase.ONGOING, typed.choice(ProjectPhase.class, "phase", "Fas", "ONGOING"));
        assertEquals(48, typed.smallWholeNumber("months", "Avtalstid", "48"));
        assertNull(typed.date("from", "Från", "  "), "an empty box is no value and no error");
        assertEquals(List.of(), typed.errors());
    }

    @Test
    void aWrongValueIsOneMessageAmongTheOthers() {
        var typed = new TypedInput(BundleWords.SWEDISH);
        assertNull(typed.date("periodFrom", "Från och med", "1 mars"));
        assertNull(typed.wholeNumber("budgetSek", "Total budget (kr)", "sex miljoner"));
        assertNull(typed.choice(ProjectPhase.class, "phase", "Fas", "KLAR"));
        assertNull(typed.smallWholeNumber("months", "Avtalstid", "99999999999"));
        assertEquals(List.of(
                new FieldError("periodFrom", "Från och med: skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2024-03-01."),
                new FieldError("budgetSek", "Total budget (kr): skriv ett heltal, till exempel 250000."),
                new FieldError("phase", "Fas: välj ett av alternativen i listan."),
                new FieldError("months", "Avtalstid: skriv ett heltal, till exempel 250000.")), typed.errors());
    }

    @Test
    void listsHaveOneMeaningEach() {
        assertEquals(List.of("Börja smått.", "Gör det tillsammans, och i tid."),
                TypedInput.lines("Börja smått.\r\n\n  Gör det tillsammans, och i tid.  \n"), "lines: one per line, commas stay");
        assertEquals(Set.of("Digitalisering", "Äldreomsorg"), TypedInput.terms("Digitalisering; Äldreomsorg,\nDigitalisering, "));
        assertEquals(List.of("Digitalisering", "Äldreomsorg"), List.copyOf(TypedInput.terms("Digitalisering, Äldreomsorg")), "in the order written");
        assertEquals(List.of("72000000", "48000000-8", "30200000"), TypedInput.codes(" 72000000 48000000-8,30200000 "));
        assertEquals("Digitalisering, Äldreomsorg", TypedInput.joinTerms(List.of("Digitalisering", "Äldreomsorg")));
        assertNull(TypedInput.text("   "));
    }
}
