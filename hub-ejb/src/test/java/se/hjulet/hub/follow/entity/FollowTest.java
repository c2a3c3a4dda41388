package se.hjulet.hub.follow.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.entity.InvalidInput;

class FollowTest {

    private final Person person = new Person("https://login.example", "anna");

    @Test
    void digestsComeADayOrAWeekAfterTheLastOneAndNeverWithoutMail() {
        Follow daily = Follow.ofSearch(person, "snöröjning", "", Delivery.DAILY);
        Instant start = daily.createdAt();
        assertFalse(daily.digestDue(start.plus(Duration.ofHours(23))), "the first digest a day after the follow began");
        assertTrue(daily.digestDue(start.plus(Duration.ofHours(24))));
        daily.mailed(start.plus(Duration.ofHours(25)));
        assertFalse(daily.digestDue(start.plus(Duration.ofHours(30))));
        assertTrue(daily.digestDue(start.plus(Duration.ofHours(49))));

        Follow weekly = Follow.ofSearch(person, "snöröjning", "", Delivery.WEEKLY);
        assertFalse(weekly.digestDue(weekly.createdAt().plus(Duration.ofDays(6))));
        assertTrue(weekly.digestDue(weekly.createdAt().plus(Duration.ofDays(7))));

        Follow quiet = Follow.ofSearch(person, "snöröjning", "", Delivery.NONE);
        assertFalse(quiet.digestDue(quiet.createdAt().plus(Duration.ofDays(30))));
        assertFalse(quiet.delivery().mails());
    }

    @Test
    void unsubscribingStopsTheMailButKeepsTheFollow() {
        Follow instant = Follow.ofSearch(person, "", "county=14", Delivery.INSTANT);
        assertTrue(instant.delivery().mails());
        instant.unsubscribe();
        assertEquals(Delivery.NONE, instant.delivery());
        assertEquals("county=14", instant.searchFilters());
    }

    @Test
    void aFollowBringsNewsOnlyOfChangesAfterItBegan() {
        Follow follow = Follow.ofSearch(person, "bibliotek", "", Delivery.NONE);
        assertFalse(follow.isNews(follow.createdAt().minusSeconds(1)));
        assertTrue(follow.isNews(follow.createdAt().plusSeconds(1)));
        assertFalse(follow.isNews(null));
    }

    @Test
    void aSearchNeedsWordsOrFiltersAndEveryFollowItsOwnUnguessableToken() {
        assertThrows(InvalidInput.class, () -> Follow.ofSearch(person, " ", "", Delivery.NONE));
        Follow one = Follow.ofSearch(person, "a", "", Delivery.NONE);
        Follow two = Follow.ofSearch(person, "a", "", Delivery.NONE);
        assertNotEquals(one.unsubscribeToken(), two.unsubscribeToken());
        assertTrue(one.unsubscribeToken().length() >= 32);
        assertTrue(one.sameTargetAs(two), "the same search twice is one follow");
        assertFalse(one.sameTargetAs(Follow.ofSearch(person, "b", "", Delivery.NONE)));
    }
}
