package se.hjulet.benchmark.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider (mock-oauth2-server) for the hubs the benchmark and the scale-out check
 * start: people log in through its authorization endpoint with the code flow, as an API client would.
 */
public final class OpenIdProvider implements AutoCloseable {

    public static final String ISSUER_ID = "hjulet";
    public static final String CLIENT_ID = "hjulet";
    public static final String CLIENT_SECRET = "benchmark-secret";

    private final MockOAuth2Server server = new MockOAuth2Server();
    private final String issuer;

    public OpenIdProvider(int port) throws Exception {
        server.start(InetAddress.getByName("127.0.0.1"), port);
        // The provider names itself after the host it is asked by: always ask as the hub does.
        issuer = "http://127.0.0.1:" + port + "/" + ISSUER_ID;
    }

    /** What the hub is configured with ({@code hub.oidc.provider-uri}). */
    public String issuer() {
        return issuer;
    }

    /** Logs a person in with these claims and returns an access token valid for {@code lifetime}. */
    public String logIn(String subject, Map<String, Object> claims, Duration lifetime) throws Exception {
        queueLogin(subject, claims, lifetime);
        return codeFlow(issuer, CLIENT_ID, CLIENT_SECRET);
    }

    /** What the provider asserts about the next person who logs in (a browser, for example). */
    public void queueLogin(String subject, Map<String, Object> claims, Duration lifetime) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims, lifetime.toSeconds()));
    }

    /** The authorization code flow against {@code issuer}, for whatever login the provider has queued; the access token. */
    public static String codeFlow(String issuer, String clientId, String clientSecret) throws Exception {
        String redirect = "http://127.0.0.1/client-callback";
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager()).build();
        URI authorize = URI.create(issuer + "/authorize?response_type=code&scope=openid&client_id=" + clientId
                + "&state=s1&nonce=n1&redirect_uri=" + encode(redirect));
        HttpResponse<String> authorized = http.send(HttpRequest.newBuilder(authorize).build(), HttpResponse.BodyHandlers.ofString());
        String location = authorized.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("Provider did not redirect back: " + authorized.statusCode() + " " + authorized.body()));
        String code = queryParameter(URI.create(location), "code");
        String form = "grant_type=authorization_code&code=" + encode(code) + "&redirect_uri=" + encode(redirect)
                + "&client_id=" + clientId + "&client_secret=" + clientSecret;
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(issuer + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(token.body()).get("access_token").asText();
    }

    public static String queryParameter(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name)) {
                return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("No " + name + " in " + uri);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
