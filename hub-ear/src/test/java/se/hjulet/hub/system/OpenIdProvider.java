package se.hjulet.hub.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real OpenID Connect provider (mock-oauth2-server) on the port the hub is configured with, started
 * once per test JVM. People log in through its authorization endpoint like any client would.
 */
public class OpenIdProvider implements BeforeAllCallback {

    static final String ISSUER_ID = "hjulet";
    static final String CLIENT_ID = "hjulet";
    private static MockOAuth2Server server;
    private static String issuer;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    static synchronized void start() throws IOException {
        if (server == null) {
            int port = Integer.getInteger("hjulet.test.oidc.port", 9251);
            server = new MockOAuth2Server();
            server.start(InetAddress.getByName("127.0.0.1"), port);
            // The provider names itself after the host it is asked by: always ask as the hub does.
            issuer = "http://127.0.0.1:" + port + "/" + ISSUER_ID;
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
    }

    /** What the provider asserts about the next person who logs in. */
    static void nextLoginIs(String subject, String name, List<String> organisations, List<String> groups) {
        nextLoginIs(subject, Map.of("name", name, "email", subject + "@example.se", "organisations", organisations, "groups", groups));
    }

    /** What the provider asserts, claim by claim (e.g. an {@code email} with {@code email_verified}). */
    static synchronized void nextLoginIs(String subject, Map<String, Object> claims) {
        takeLoginsNeverMade();
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
    }

    /**
     * The provider hands out queued logins in turn. One queued and never made (a browser still logged in, a test that
     * failed half-way) would be taken by the next login, which would then act as someone else for the rest of the
     * run: a marker is queued last and logins are made until it comes back, so the queue is empty after.
     */
    private static void takeLoginsNeverMade() {
        String marker = "queue-end-" + UUID.randomUUID();
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, marker, "JWT", List.of(CLIENT_ID), Map.of(), 60));
        try {
            for (int taken = 0; taken < 50; taken++) {
                if (marker.equals(subjectOf(logInAsQueued()))) {
                    return;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not empty the provider's queue of logins", e);
        }
        throw new IllegalStateException("The provider's queue of logins did not empty after 50 logins");
    }

    private static String subjectOf(String jwt) throws IOException {
        String payload = jwt.split("\\.")[1];
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(payload)).path("sub").asText();
    }

    /**
     * Logs in through the provider with the authorization code flow, as an API client of the hub
     * would, and returns the access token.
     */
    static String logIn(String subject, String name, List<String> organisations, List<String> groups) throws Exception {
        nextLoginIs(subject, name, organisations, groups);
        return logInAsQueued();
    }

    static String logIn(String subject, Map<String, Object> claims) throws Exception {
        nextLoginIs(subject, claims);
        return logInAsQueued();
    }

    private static String logInAsQueued() throws Exception {
        return se.hjulet.benchmark.stack.OpenIdProvider.codeFlow(issuer, CLIENT_ID, "test-secret");
    }

    static String queryParameter(URI uri, String name) {
        return se.hjulet.benchmark.stack.OpenIdProvider.queryParameter(uri, name);
    }
}
