package se.hjulet.hub.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import se.hjulet.hub.person.entity.HubCaller;

/**
 * One mechanism for both kinds of callers. API clients send a bearer token from the provider and are
 * checked on every request; browsers log in with the Jakarta Security OpenID Connect mechanism
 * (code flow), after which the caller is kept in the HTTP session (which Payara's data grid carries to the
 * other instances), and in a signed {@link LoginCookie} from which a lost session is re-created. The API
 * never redirects to a login page: without a token it is anonymous and the boundaries answer 401 where a
 * login is needed.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class HubAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = HubCaller.class.getName();
    private static final Logger LOG = Logger.getLogger(HubAuthenticationMechanism.class.getName());

    @Inject
    BearerTokens bearerTokens;

    @Inject
    OpenIdSettings settings;

    @Inject
    OpenIdContext openIdContext;

    @Inject
    BeanManager beanManager;

    @Inject
    LoginCookie loginCookie;

    private volatile HttpAuthenticationMechanism openIdMechanism;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(authorization.substring(7).strip(), response, context);
        }
        if (isApi(request)) {
            return context.doNothing();
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof HubCaller caller) {
            if (loginCookie.needsRenewal(request)) {
                loginCookie.issue(caller, request, response);
            }
            return context.notifyContainerAboutLogin(caller, caller.groups());
        }
        var remembered = loginCookie.caller(request);
        if (remembered.isPresent()) {
            HubCaller caller = remembered.get();
            request.getSession(true).setAttribute(SESSION_CALLER, caller);
            LOG.fine(() -> "Session of " + caller.subject() + " re-created from the login cookie");
            return context.notifyContainerAboutLogin(caller, caller.groups());
        }
        return openIdMechanism().validateRequest(request, response, new CallerCapturingContext(context, request));
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus bearer(String token, HttpServletResponse response, HttpMessageContext context) {
        try {
            HubCaller caller = bearerTokens.verify(token);
            return context.notifyContainerAboutLogin(caller, caller.groups());
        } catch (BearerTokens.InvalidToken e) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            try {
                response.getWriter().write(Json.createObjectBuilder()
                        .add("status", 401).add("error", "Unauthorized")
                        .add("message", "The bearer token is not valid: " + e.getMessage())
                        .add("fields", Json.createArrayBuilder()).build().toString());
            } catch (java.io.IOException ignored) {
                // the status alone still tells the client
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/health") || path.startsWith("/openapi");
    }

    /** The container's OpenID Connect mechanism, i.e. every mechanism bean but this one. */
    private HttpAuthenticationMechanism openIdMechanism() {
        if (openIdMechanism == null) {
            Bean<?> bean = beanManager.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE).stream()
                    .filter(b -> !HubAuthenticationMechanism.class.equals(b.getBeanClass()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No OpenID Connect mechanism is defined"));
            openIdMechanism = (HttpAuthenticationMechanism) beanManager.getReference(bean,
                    HttpAuthenticationMechanism.class, beanManager.createCreationalContext(bean));
        }
        return openIdMechanism;
    }

    /** Turns the provider's login into a {@link HubCaller} with the claims the hub needs, kept in the session. */
    private final class CallerCapturingContext extends HttpMessageContextWrapper {

        private final HttpServletRequest request;

        CallerCapturingContext(HttpMessageContext wrapped, HttpServletRequest request) {
            super(wrapped);
            this.request = request;
        }

        /**
         * Not the container's session login: the hub keeps the caller in its own session attribute and names
         * them on every request. A session Payara registered comes back on another instance (after the data
         * grid carried it over) as a login re-created from the bare user name, without the caller's
         * organisations and groups, and that wins over the hub's: the person looked logged out there.
         */
        @Override
        public void setRegisterSession(String callerName, Set<String> groups) {
            // deliberately nothing
        }

        @Override
        public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return super.notifyContainerAboutLogin(result);
            }
            return loggedIn(result.getCallerGroups());
        }

        @Override
        public AuthenticationStatus notifyContainerAboutLogin(Principal principal, Set<String> groups) {
            return loggedIn(groups);
        }

        private AuthenticationStatus loggedIn(Set<String> groups) {
            // Claims may come in the identity token, from the userinfo endpoint, or both.
            JsonObject userInfo = openIdContext.getClaimsJson();
            JwtClaims idToken = openIdContext.getIdentityToken().getJwtClaims();
            var allGroups = new HashSet<>(groups == null ? Set.<String>of() : groups);
            allGroups.addAll(strings(userInfo, idToken, settings.getGroupsClaim()));
            HubCaller caller = new HubCaller(
                    idToken.getIssuer().orElse(settings.getProviderUri()),
                    openIdContext.getSubject(),
                    idToken.getStringClaim("name").orElse(userInfo == null ? null : userInfo.getString("name", null)),
                    idToken.getStringClaim("email").orElse(userInfo == null ? null : userInfo.getString("email", null)),
                    strings(userInfo, idToken, settings.getOrganisationsClaim()),
                    allGroups,
                    emailVerified(userInfo, idToken));
            request.getSession(true).setAttribute(SESSION_CALLER, caller);
            loginCookie.issue(caller, request, getResponse());
            LOG.fine(() -> "Browser login of " + caller.subject());
            return super.notifyContainerAboutLogin(caller, caller.groups());
        }
    }

    /** Only a provider's explicit "email_verified": true lets the e-mail domain grant a membership. */
    private static boolean emailVerified(JsonObject userInfo, JwtClaims idToken) {
        if (userInfo != null && userInfo.get("email_verified") != null) {
            return userInfo.get("email_verified").equals(jakarta.json.JsonValue.TRUE)
                    || "true".equals(userInfo.get("email_verified").toString().replace("\"", ""));
        }
        try {
            return idToken.getStringClaim("email_verified").map("true"::equalsIgnoreCase).orElse(false);
        } catch (RuntimeException notAString) {
            return false;
        }
    }

    private static Set<String> strings(JsonObject userInfo, JwtClaims idToken, String name) {
        var result = new HashSet<>(strings(userInfo, name));
        try {
            result.addAll(idToken.getArrayStringClaim(name));
        } catch (RuntimeException notAnArray) {
            idToken.getStringClaim(name).ifPresent(result::add);
        }
        return result;
    }

    private static Set<String> strings(JsonObject claims, String name) {
        if (claims == null || !claims.containsKey(name)) {
            return Set.of();
        }
        JsonValue value = claims.get(name);
        if (value instanceof JsonString single) {
            return Set.of(single.getString());
        }
        if (value instanceof JsonArray array) {
            var result = new HashSet<String>();
            array.forEach(v -> {
                if (v instanceof JsonString s) {
                    result.add(s.getString());
                }
            });
            return result;
        }
        return Set.of();
    }
}
