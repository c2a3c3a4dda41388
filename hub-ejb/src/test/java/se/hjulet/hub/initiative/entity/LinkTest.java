package se.hjulet.hub.initiative.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.hjulet.hub.platform.entity.InvalidInput;

class LinkTest {

    @Test
    void swedishDomainNamesAndPathsAreWebAddressesKeptAsWritten() {
        Link link = new Link("Vägen", " https://göteborg.se/väg?år=2026#del ");
        assertEquals("https://göteborg.se/väg?år=2026#del", link.url());
        assertTrue(Link.isWebAddress("http://www.malmö.se"));
        assertTrue(Link.isWebAddress("https://skr.se:443/lardande-exempel"));
        assertTrue(Link.isWebAddress("HTTPS://SKR.SE/"));
    }

    @Test
    void onlyHttpAddressesWithAHostAreLinks() {
        for (String notALink : new String[] {"javascript:alert(1)", "https://", "https:///path", "ftp://skr.se",
                "skr.se", "https://skr .se", "https://-bad-.se", "data:text/html,<script>", "https://skr.se/ett mellanslag"}) {
            assertFalse(Link.isWebAddress(notALink), notALink);
        }
        InvalidInput refused = assertThrows(InvalidInput.class, () -> new Link("x", "javascript:alert(1)"));
        assertEquals("links", refused.field());
    }

    @Test
    void aLinkWithoutTitleIsTitledByItsAddress() {
        assertEquals("https://skr.se", new Link(" ", "https://skr.se").title());
    }
}
