package se.hjulet.hub.follow.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import se.hjulet.hub.api.OpenToAnonymous;
import se.hjulet.hub.follow.boundary.Follows;

/**
 * Stopping the mail of a follow without a login, the token being the authority. The link in the mail's text opens
 * a page (GET) whose button posts here, since mail scanners open links and a GET must change nothing; mail clients
 * post here at once by the mail's List-Unsubscribe-Post header (RFC 8058 one-click). A browser's post is answered
 * with a page, anything else with JSON.
 */
@Path("unsubscribe")
@RequestScoped
@Transactional
public class UnsubscribeResource {

    @Inject
    Follows follows;

    public record Unsubscribed(String followed, String delivery) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String confirm(@QueryParam("token") String token) {
        var follow = follows.byToken(token);
        return page("Sluta få e-post? / Stop e-mail?",
                "<p>Du får e-post från Hjulet om <strong>" + escape(follow.describe()) + "</strong>.</p>"
                        + "<p lang=\"en\">You get e-mail from Hjulet about this.</p>"
                        + "<form method=\"post\" action=\"unsubscribe?token=" + URLEncoder.encode(token.strip(), StandardCharsets.UTF_8)
                        + "\"><button type=\"submit\">Sluta skicka e-post / Stop the e-mail</button></form>"
                        + "<p>Nyheterna finns kvar i Hjulet när du loggar in. / The news stay in Hjulet when you log in.</p>");
    }

    @POST
    @OpenToAnonymous
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML + ";charset=utf-8"})
    @APIResponse(responseCode = "200", description = "The follow sends no more mail: a page for a browser, JSON for others",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Unsubscribed.class)),
                    @Content(mediaType = MediaType.TEXT_HTML + ";charset=utf-8", schema = @Schema(type = SchemaType.STRING))})
    public Response unsubscribe(@QueryParam("token") String token, @Context HttpHeaders headers) {
        var follow = follows.unsubscribe(token);
        boolean browser = headers.getAcceptableMediaTypes().stream().anyMatch(t -> t.isCompatible(MediaType.TEXT_HTML_TYPE) && !t.isWildcardType());
        if (browser) {
            return Response.ok(page("E-posten är avslutad / E-mail stopped",
                    "<p>Du får ingen mer e-post om <strong>" + escape(follow.describe()) + "</strong>.</p>"
                            + "<p lang=\"en\">You will get no more e-mail about this.</p>"), MediaType.TEXT_HTML + ";charset=utf-8").build();
        }
        return Response.ok(new Unsubscribed(follow.describe(), "none"), MediaType.APPLICATION_JSON).build();
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title) + " – Hjulet</title>"
                + "</head><body><main><h1>" + escape(title) + "</h1>" + body + "</main></body></html>";
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : (text == null ? "" : text).toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
