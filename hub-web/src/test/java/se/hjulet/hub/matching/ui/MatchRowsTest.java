package se.hjulet.hub.matching.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hjulet.search.matching.Partner;
import se.hjulet.search.matching.Reason;
import se.hjulet.search.matching.ReasonWords;
import se.hjulet.search.matching.SimilarItem;

/** What the pages list of a match: a link, the kind and owner in words, and each reason as a sentence. */
class MatchRowsTest {

    private final ReasonWords swedish = new ReasonWords("sv", Map.of("90620000", "Snöröjning")::get);
    private final SimilarItem plowNeed = new SimilarItem("procurement_need:42", "procurement_need", 42, "Snöröjning i Stockholm",
            "Plogbilar", "0180", "Stockholm", "/upphandling.xhtml?id=42", 3.2, 0.6,
            List.of(new Reason(Reason.Kind.TERMS, List.of("plogbilar", "snöröjning"), 2.0),
                    new Reason(Reason.Kind.CPV, List.of("90620000"), "code", 1.0)));

    @Test
    void aSimilarItemLinksItsPageAndSaysWhyInTheReadersLanguage() {
        MatchRow row = MatchRow.of(plowNeed, swedish, kind -> "Upphandlingsbehov", path -> "/hub" + path);
        assertEquals(new MatchRow(42, "procurement_need", "Upphandlingsbehov", "Snöröjning i Stockholm", "/hub/upphandling.xhtml?id=42",
                "Stockholm", List.of("Båda tar upp: plogbilar, snöröjning", "Samma CPV-kod: 90620000 Snöröjning")), row);
        MatchRow english = MatchRow.of(plowNeed, new ReasonWords("en", code -> null), kind -> "Procurement need", path -> path);
        assertEquals(List.of("Both are about: plogbilar, snöröjning", "Same CPV code: 90620000"), english.reasons());
    }

    @Test
    void aPartnerLinksItsOrganisationPageAndListsTheItemsThatMakeItOne() {
        var partner = new Partner("Västernorrlands Digitaliseringsråd", "Västernorrlands Digitaliseringsråd", "FEDERATION", "22", null, 2.5,
                List.of(plowNeed), List.of(new Reason(Reason.Kind.COUNTY, List.of("22"), 0.5)));
        PartnerRow row = PartnerRow.of(partner, "Intresserad", false, null, swedish, kind -> "Upphandlingsbehov", path -> "/hub" + path);
        assertEquals("/hub/organisation.xhtml?code=V%C3%A4sternorrlands+Digitaliseringsr%C3%A5d", row.url(), "a name without a code, encoded");
        assertEquals(List.of("Samma län: Västernorrlands län"), row.reasons());
        assertEquals("/hub/upphandling.xhtml?id=42", row.items().get(0).url());
        assertEquals("Intresserad", row.participation());
    }

    @Test
    void anInvitationIsAMailtoLinkWithSubjectAndTextThatMailClientsDecodeAsWritten() {
        String body = "Hej Dals-Ed!\n\nLäs mer: http://localhost:8080/upphandling.xhtml?id=42&x=1 + mer";
        String link = PartnerRow.invitation("Upphandla tillsammans: E-underskrifter", body);
        assertTrue(link.startsWith("mailto:?subject=Upphandla%20tillsammans%3A%20E-underskrifter&body="), link);
        assertTrue(!link.contains("+") && !link.contains(" ") && !link.contains("\n"), "spaces as %20, a plus encoded: " + link);
        String sentBody = link.substring(link.indexOf("&body=") + 6);
        assertEquals(body, URLDecoder.decode(sentBody, StandardCharsets.UTF_8));
    }
}
