package se.hjulet.hub.learningexample.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hjulet.hub.initiative.boundary.ContactInput;
import se.hjulet.hub.learningexample.boundary.LearningExampleInput;
import se.hjulet.hub.platform.entity.InvalidInput;

/** The HTML fixtures are SKR's pages rebuilt from seeds 004 and 002 (src/test/resources/import). */
class LearningExampleImportTest {

    @Test
    void seed004YieldsItsSixConclusionsAndItsContact() throws IOException {
        LearningExampleInput draft = LearningExampleImport.parse(fixture("digitaliseringsradet-vasternorrland.html"), "2281");

        assertEquals("Digitaliseringsrådet håller ihop verksamheten i kommunerna", draft.title());
        assertTrue(draft.lead().startsWith("Kommunerna i Västernorrland har samverkat kring digitaliseringsfrågor"), draft.lead());
        assertEquals(LocalDate.of(2021, 8, 13), draft.originallyPublished());
        assertEquals("2281", draft.ownerOrganisation());
        assertEquals(List.of(
                "Kommunerna i Digitaliseringsrådet har olika ”digitaliseringsmognad”.",
                "Kommunernas beredskap avspeglas i politikens förmåga och vilja att lyfta frågan.",
                "Alla kommuner behöver vara med för att digitaliseringen ska få genomslag.",
                "Små och mindre kommuner behöver mycket stöd för att inte hamna efter.",
                "Bra samarbete bygger i första hand på människors vilja, inte på verksamhetsplaner och strategier.",
                "Att kommuner växeldrar i olika utvecklingsfrågor är en framgångsfaktor."), draft.conclusions());
        assertEquals(List.of(new ContactInput("Jens Danielsson",
                "Ordförande i Digitaliseringsrådet och digitaliseringschef i Örnsköldsviks kommun", null,
                "jens.danielsson@ornskoldsvik.se", null)), draft.contacts());
        assertEquals(4, draft.successFactors().size());
        assertTrue(draft.successFactors().get(0).startsWith("Varje kommun bidrar med en resurs"));
        assertTrue(draft.background().contains("Demografi och kompetensförsörjning"));
        assertTrue(draft.background().contains("434 tillgängliga e-tjänster"), "the introduction is kept with the background");
        assertTrue(draft.implementation().contains("<h3>Små kommuner behöver mycket stöd</h3>"));
        assertTrue(draft.implementation().contains("Tillgängliga e-tjänster för offentlig sektor (TEO)"));
        assertFalse(draft.implementation().contains("Kontaktformulär"), "SKR's contact form is not part of the example");
        assertEquals(Boolean.TRUE, draft.ongoing());
        assertEquals(Set.of("Demokrati", "Digitalisering"), draft.policyAreas());
        assertEquals("sv", draft.language());
    }

    @Test
    void seed002YieldsItsConclusionsContactsPeriodAndResults() throws IOException {
        LearningExampleInput draft = LearningExampleImport.parse(fixture("tankesmedja-fyrbodal.html"), "1485");

        assertTrue(draft.title().startsWith("Tankesmedja i Fyrbodal"));
        assertEquals(4, draft.conclusions().size());
        assertEquals("Digital transformation är en överlevnadsfråga för välfärdsleveransen.", draft.conclusions().get(0));
        assertEquals(2, draft.contacts().size());
        assertEquals(new ContactInput("Martin Sande", "Konsult", "Dialogues", "martin.sande@dialogues.se", null), draft.contacts().get(0));
        assertEquals(new ContactInput("Angelica Hafström", "Innovationsutvecklare", "Uddevalla kommun",
                "angelica.hafstrom@uddevalla.se", null), draft.contacts().get(1));
        assertEquals(LocalDate.of(2020, 1, 1), draft.periodFrom());
        assertEquals(LocalDate.of(2020, 12, 31), draft.periodTo());
        assertNull(draft.ongoing());
        assertEquals(Set.of("Digitalisering"), draft.policyAreas());
        assertTrue(draft.implementation().contains("UTBLICK Digitalisering &amp; demokrati"), draft.implementation());
        // The section "Framgångsfaktorer" on this page is prose and insights: it becomes the results.
        assertTrue(draft.successFactors().isEmpty());
        assertTrue(draft.results().contains("Alla behöver inte uppfinna hjulet"));
    }

    @Test
    void aPageWithoutHeadingOrIntroductionIsRefusedWithAReason() {
        var noHeading = assertThrows(InvalidInput.class, () -> LearningExampleImport.parse("<p>Bara text</p>", "1485"));
        assertTrue(noHeading.getMessage().contains("h1"));
        assertThrows(InvalidInput.class, () -> LearningExampleImport.parse("<h1>Rubrik</h1><h2>Slutsatser</h2>", "1485"));
        assertThrows(InvalidInput.class, () -> LearningExampleImport.parse(" ", "1485"));
    }

    @Test
    void scriptsOnThePageAreNotImported() {
        LearningExampleInput draft = LearningExampleImport.parse("""
                <h1 onclick="x()">Rubrik</h1><p>Ingress<script>alert(1)</script></p>
                <h2>Bakgrund</h2><p onmouseover="steal()">Text</p><script>alert(2)</script>""", "1485");

        assertEquals("Ingress", draft.lead());
        assertFalse(draft.background().contains("script"), draft.background());
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = LearningExampleImportTest.class.getResourceAsStream("/import/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
