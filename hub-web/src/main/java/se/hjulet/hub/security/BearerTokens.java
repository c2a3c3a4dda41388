package se.hjulet.hub.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.hjulet.hub.person.entity.HubCaller;

/**
 * Checks bearer tokens of API clients against the same OpenID Connect provider the browser login
 * uses: signature by the provider's published keys, issuer, audience (our client id) and expiry.
 */
@ApplicationScoped
public class BearerTokens {

    @Inject
    OpenIdSettings settings;

    private volatile DefaultJWTProcessor<SecurityContext> processor;

    public HubCaller verify(String token) throws InvalidToken {
        try {
            JWTClaimsSet claims = processor().process(token, null);
            requireIssuedForUs(claims);
            return new HubCaller(claims.getIssuer(), claims.getSubject(),
                    claims.getStringClaim("name"), claims.getStringClaim("email"),
                    strings(claims, settings.getOrganisationsClaim()), strings(claims, settings.getGroupsClaim()),
                    Boolean.TRUE.equals(claims.getBooleanClaim("email_verified")));
        } catch (InvalidToken e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidToken(e.getMessage());
        }
    }

    /** Audience is our client id, or the token was issued to our client (azp), as Keycloak and others do. */
    private void requireIssuedForUs(JWTClaimsSet claims) throws InvalidToken, ParseException {
        String clientId = settings.getClientId();
        boolean forUs = (claims.getAudience() != null && claims.getAudience().contains(clientId))
                || clientId.equals(claims.getStringClaim("azp"));
        if (!forUs) {
            throw new InvalidToken("The token was not issued for this hub (client id " + clientId + ").");
        }
    }

    private static Set<String> strings(JWTClaimsSet claims, String name) throws ParseException {
        Object value = claims.getClaim(name);
        if (value instanceof String single) {
            return Set.of(single);
        }
        List<String> list = value == null ? null : claims.getStringListClaim(name);
        return list == null ? Set.of() : new HashSet<>(list);
    }

    /** Built on first use so the hub starts even while the provider is still starting. */
    private DefaultJWTProcessor<SecurityContext> processor() throws Exception {
        if (processor == null) {
            synchronized (this) {
                if (processor == null) {
                    processor = createProcessor();
                }
            }
        }
        return processor;
    }

    private DefaultJWTProcessor<SecurityContext> createProcessor() throws Exception {
        String issuer = settings.getProviderUri().replaceAll("/+$", "");
        JsonObject metadata;
        try (InputStream in = URI.create(issuer + "/.well-known/openid-configuration").toURL().openStream()) {
            metadata = Json.createReader(in).readObject();
        }
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(new URL(metadata.getString("jwks_uri"))).build();
        var newProcessor = new DefaultJWTProcessor<SecurityContext>();
        newProcessor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.ES256), keys));
        newProcessor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                (String) null,
                new JWTClaimsSet.Builder().issuer(metadata.getString("issuer")).build(),
                Set.of("sub", "exp", "iat")));
        return newProcessor;
    }

    /** The token was not one we accept; the message says why, for the WWW-Authenticate header. */
    public static class InvalidToken extends Exception {
        public InvalidToken(String message) {
            super(message);
        }
    }
}
