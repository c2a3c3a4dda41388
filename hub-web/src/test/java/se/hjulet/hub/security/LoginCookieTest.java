package se.hjulet.hub.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hjulet.hub.person.entity.HubCaller;

/** The login kept in a signed cookie: read back as it was written, and only if this hub signed it and it is still valid. */
class LoginCookieTest {

    private static final String SECRET = "a-secret-the-instances-share-0123456789";
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final HubCaller ANNA = new HubCaller("http://provider/hjulet", "anna", "Anna Åström", "anna@uddevalla.se",
            Set.of("1485", "1486"), Set.of("facilitator"), true);

    private static LoginCookie at(Instant instant, String secret) {
        return new LoginCookie(secret, Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void anotherInstanceWithTheSameSecretReadsTheCallerBackInFull() {
        String token = at(NOW, SECRET).token(ANNA);
        assertEquals(Optional.of(ANNA), at(NOW.plusSeconds(5), SECRET).caller(token));
        var withoutOptional = new HubCaller(null, "bo", null, null, Set.of(), Set.of());
        assertEquals(Optional.of(withoutOptional), at(NOW, SECRET).caller(at(NOW, SECRET).token(withoutOptional)));
    }

    @Test
    void aCookieSignedWithAnotherSecretOrChangedIsRefused() {
        String token = at(NOW, SECRET).token(ANNA);
        assertEquals(Optional.empty(), at(NOW, "another-secret-of-another-hub-0123456789").caller(token));

        // Giving oneself the admin group: the payload changes, the signature no longer fits.
        String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("\"facilitator\"", "\"admin\"").getBytes(StandardCharsets.UTF_8)) + token.substring(token.indexOf('.'));
        assertTrue(payload.contains("facilitator"));
        assertEquals(Optional.empty(), at(NOW, SECRET).caller(forged));
        assertEquals(Optional.empty(), at(NOW, SECRET).caller("not-a-cookie"));
        assertEquals(Optional.empty(), at(NOW, SECRET).caller(token.substring(0, token.indexOf('.')) + "."));
    }

    @Test
    void aCookieRunsOutAnHourAfterItWasLastRenewed() {
        String token = at(NOW, SECRET).token(ANNA);
        assertEquals(Optional.of(ANNA), at(NOW.plus(LoginCookie.LIFETIME).minusSeconds(1), SECRET).caller(token));
        assertEquals(Optional.empty(), at(NOW.plus(LoginCookie.LIFETIME).plusSeconds(1), SECRET).caller(token));
        assertEquals(Optional.empty(), at(NOW.minus(Duration.ofMinutes(5)), SECRET).caller(token), "issued in the future");
    }

    @Test
    void aShortSecretIsRefusedAtStart() {
        var failure = assertThrows(IllegalStateException.class, () -> at(NOW, "short"));
        assertTrue(failure.getMessage().contains("hub.login.secret"), failure.getMessage());
    }

    @Test
    void withoutASecretEachInstanceSignsWithItsOwn() {
        String token = at(NOW, "").token(ANNA);
        assertEquals(Optional.empty(), at(NOW, "").caller(token));
    }
}
