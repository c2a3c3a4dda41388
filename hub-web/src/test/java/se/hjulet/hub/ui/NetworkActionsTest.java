package se.hjulet.hub.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.hjulet.hub.moderation.entity.PostingLimitReached;

/** What the posting limit (the API's 429) says on the page. */
class NetworkActionsTest {

    @Test
    void thePostingLimitSaysInWholeMinutesWhenTheNextPostIsTaken() {
        var limit = new PostingLimitReached(20, 121);
        long minutes = NetworkActions.minutesOf(limit.retryAfterSeconds());
        assertEquals(3, minutes);
        assertEquals("Du har skrivit så många inlägg som Hjulet tar emot från en person på en timme. Försök igen om 3 minuter;"
                + " det du skrev finns kvar.", BundleWords.SWEDISH.get("network.postingLimit", minutes));
        assertEquals("You have written as many posts as Hjulet takes from one person in an hour. Try again in one minute;"
                + " what you wrote is still here.", new BundleWords(Locale.ENGLISH).get("network.postingLimit", NetworkActions.minutesOf(5)));
    }

    @Test
    void aButtonGoesBackToItsPageByARedirectThatKeepsThePagesQuery() {
        assertEquals("/fraga.xhtml?faces-redirect=true&id=5", NetworkActions.redirectTo("/fraga.xhtml?id=5"));
        assertEquals("/skriv/fraga.xhtml?faces-redirect=true", NetworkActions.redirectTo("/skriv/fraga.xhtml"));
    }
}
