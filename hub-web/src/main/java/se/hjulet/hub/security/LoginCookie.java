package se.hjulet.hub.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.hjulet.hub.person.entity.HubCaller;

/**
 * The browser login, also kept in a cookie signed with a secret the hub's instances share, so that a login
 * outlives the HTTP session that holds it: when the session is lost (a restarted hub; behind a balancer, an
 * instance gone together with the data grid's copy), the next request re-creates it from the cookie instead of
 * sending the person back to the provider. Forms in progress are still lost with their session (their view
 * state). The cookie says who logged in, and when; it is HttpOnly, SameSite=Lax and only honoured where the
 * session is, never by the API. Logging out removes it from the browser, but a copy taken before stays valid
 * until it runs out, as a copied session cookie does until the session ends. Without {@code hub.login.secret}
 * each instance signs with a random secret of its own, so only it accepts its cookies, until it restarts.
 */
@ApplicationScoped
public class LoginCookie {

    static final String NAME = "HJULET_LOGIN";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Logger LOG = Logger.getLogger(LoginCookie.class.getName());

    /** As long as an idle session lives (web.xml), counted from the cookie's last renewal. */
    static final Duration LIFETIME = Duration.ofMinutes(60);
    /** A cookie older than this is renewed on the next request that has a session, so an active login stays. */
    static final Duration RENEW_AFTER = Duration.ofMinutes(10);

    /** Optional: MicroProfile Config counts an empty default as no value at all. */
    @Inject
    @ConfigProperty(name = "hub.login.secret")
    Optional<String> configuredSecret;

    private SecretKeySpec key;
    private Clock clock = Clock.systemUTC();

    public LoginCookie() {
    }

    /** For tests: a cookie signer with this secret and clock. */
    LoginCookie(String secret, Clock clock) {
        this.configuredSecret = Optional.of(secret);
        this.clock = clock;
        init();
    }

    @PostConstruct
    void init() {
        byte[] secret;
        String configured = configuredSecret.map(String::strip).orElse("");
        if (configured.isEmpty()) {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            LOG.info("hub.login.secret is not set: logins survive a lost session only on this instance");
        } else if (configured.length() < 32) {
            throw new IllegalStateException("hub.login.secret must be at least 32 characters long");
        } else {
            secret = configured.getBytes(StandardCharsets.UTF_8);
        }
        key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** Writes (or renews) the cookie for this caller. */
    public void issue(HubCaller caller, HttpServletRequest request, HttpServletResponse response) {
        write(response, request, token(caller), -1);
    }

    /** The cookie's value: the caller and the moment of issue, in JSON, then its signature. */
    String token(HubCaller caller) {
        JsonObject claims = Json.createObjectBuilder()
                .add("iss", nullToEmpty(caller.issuer()))
                .add("sub", caller.subject())
                .add("name", nullToEmpty(caller.displayName()))
                .add("email", nullToEmpty(caller.email()))
                .add("orgs", Json.createArrayBuilder(caller.organisationCodes()))
                .add("groups", Json.createArrayBuilder(caller.groups()))
                .add("ev", caller.emailVerified())
                .add("iat", clock.instant().getEpochSecond())
                .build();
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        return payload + "." + signature(payload);
    }

    /** Removes the cookie (on logout). */
    public void clear(HttpServletRequest request, HttpServletResponse response) {
        write(response, request, "", 0);
    }

    /** The caller the request's cookie names, if it carries one that this hub signed and that has not run out. */
    public Optional<HubCaller> caller(HttpServletRequest request) {
        return value(request).flatMap(this::verified).map(LoginCookie::callerOf);
    }

    /** Whether the request's cookie is missing, not valid any more, or old enough to be renewed. */
    public boolean needsRenewal(HttpServletRequest request) {
        return value(request).flatMap(this::verified)
                .map(claims -> issuedAt(claims).plus(RENEW_AFTER).isBefore(clock.instant()))
                .orElse(true);
    }

    Optional<HubCaller> caller(String token) {
        return verified(token).map(LoginCookie::callerOf);
    }

    private Optional<JsonObject> verified(String value) {
        int dot = value.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = value.substring(0, dot);
        byte[] given = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, signature(payload).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            JsonObject claims = Json.createReader(new StringReader(
                    new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))).readObject();
            Instant issued = issuedAt(claims);
            Instant now = clock.instant();
            return issued.isAfter(now.plusSeconds(60)) || issued.plus(LIFETIME).isBefore(now) ? Optional.empty() : Optional.of(claims);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Instant issuedAt(JsonObject claims) {
        return Instant.ofEpochSecond(claims.getJsonNumber("iat").longValueExact());
    }

    private static HubCaller callerOf(JsonObject claims) {
        return new HubCaller(emptyToNull(claims.getString("iss")), claims.getString("sub"),
                emptyToNull(claims.getString("name")), emptyToNull(claims.getString("email")),
                strings(claims.getJsonArray("orgs")), strings(claims.getJsonArray("groups")), claims.getBoolean("ev"));
    }

    private static Set<String> strings(JsonArray array) {
        return array.getValuesAs(JsonValue.class).stream()
                .filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString())
                .collect(Collectors.toSet());
    }

    private static Optional<String> value(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private String signature(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /**
     * Written as a header, so that SameSite is there for certain (Payara 6 leaves out Servlet 6's cookie
     * attributes in places: see glassfish-web.xml). No Max-Age while logged in, so the cookie ends with the
     * browser, as the session cookie does.
     */
    private static void write(HttpServletResponse response, HttpServletRequest request, String value, int maxAge) {
        boolean secure = (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")));
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        response.addHeader("Set-Cookie", NAME + "=" + value + "; Path=" + path + "; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : "") + (maxAge >= 0 ? "; Max-Age=" + maxAge : ""));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
