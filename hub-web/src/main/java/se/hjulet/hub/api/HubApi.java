package se.hjulet.hub.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The open JSON API. Reading is for everyone; writing needs a bearer token from the OpenID provider.
 * <p>
 * Its contract ({@code /openapi}) is generated from this code when hub-web is built: the annotations here
 * say what is true of the whole API, each resource's annotations what the JAX-RS ones cannot say, and
 * {@link ApiContract} adds the error answer and the login every operation shares.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Hjulet API", version = "1",
                description = """
                        The open JSON API of Hjulet, the knowledge-sharing hub of the Swedish public sector: learning \
                        examples, projects, procurement needs, who takes part in them, documents, workshop collections \
                        and search. Reading is open; writing needs "Authorization: Bearer <token>" from the hub's \
                        OpenID Connect provider (audience: the hub's client id). Every error answer has the body \
                        {"status", "error", "message", "fields": [{"field", "message"}]}: 400 bad input (naming the \
                        field), 401 no login, 403 someone else's item, 404, 405, 406, 409 stale version, a parallel \
                        request that saved the same thing first, or an impossible transition, 413 body too large, \
                        415 body type not read, 503 search or database unavailable (nothing is saved then). A write \
                        answered 2xx is stored in full; any error means nothing was stored. Generated from the code \
                        at build time.""",
                license = @License(name = "Content: CC BY 4.0 unless an item says otherwise",
                        url = "https://creativecommons.org/licenses/by/4.0/")),
        components = @Components(responses = @APIResponse(name = ApiContract.PROBLEM,
                description = "The request was refused or failed; the body says why (and which fields were wrong).",
                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Problem.class)))))
@SecurityScheme(securitySchemeName = ApiContract.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An access token (JWT) from the hub's OpenID Connect provider.")
public class HubApi extends Application {

    /** Error answers keep their JSON body instead of turning into the container's HTML error page. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
