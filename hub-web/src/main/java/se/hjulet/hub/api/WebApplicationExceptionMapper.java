package se.hjulet.hub.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.glassfish.jersey.server.ParamException;

/**
 * The JSON error format for what JAX-RS refuses before any resource runs: an unknown path (404), a
 * method the path does not have (405, with {@code Allow}), a body type it does not read (415), an
 * {@code Accept} it cannot answer (406), and parameters that do not convert.
 *
 * <p>A path segment that does not convert ({@code /learning-examples/abc}) names no resource: 404, as
 * JAX-RS prescribes. A query, header, cookie or form parameter that does not convert
 * ({@code ?first=abc}) is bad input: 400 naming the parameter, like any other invalid field (JAX-RS
 * would say 404 for a query parameter, which tells the client nothing useful).
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e instanceof ParamException parameter) {
            return parameter(parameter);
        }
        if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
            return ProblemMappers.malformed(e);
        }
        Response refused = e.getResponse();
        return problem(refused, messageFor(e, refused), List.of());
    }

    private String messageFor(WebApplicationException e, Response refused) {
        if (e instanceof NotFoundException) {
            return "There is nothing at " + path() + ".";
        }
        if (e instanceof NotAllowedException) {
            return request.getMethod() + " is not allowed on " + path() + "; allowed: "
                    + String.join(", ", new TreeSet<>(refused.getAllowedMethods())) + ".";
        }
        if (e instanceof NotSupportedException) {
            MediaType sent = headers.getMediaType();
            return "This resource does not read " + (sent == null ? "a body without a Content-Type" : sent.toString())
                    + "; send " + MediaType.APPLICATION_JSON + ".";
        }
        if (e instanceof NotAcceptableException) {
            return "This resource answers in " + MediaType.APPLICATION_JSON + ", which the request's Accept header does not allow.";
        }
        return refused.getStatusInfo().getReasonPhrase() + ".";
    }

    private Response parameter(ParamException e) {
        String name = e.getParameterName();
        if (e instanceof ParamException.PathParamException) {
            String value = uri.getPathParameters().getFirst(name);
            return problem(Response.status(Response.Status.NOT_FOUND).build(),
                    "There is nothing at " + path() + ": '" + value + "' is not a valid " + name + ".", List.of());
        }
        String value = e instanceof ParamException.QueryParamException ? uri.getQueryParameters().getFirst(name) : null;
        String text = (value == null ? "This value" : "'" + value + "'") + " is not a valid " + name + ".";
        return problem(Response.status(Response.Status.BAD_REQUEST).build(), text,
                List.of(new Problem.FieldError(name, text)));
    }

    /** The refused answer's status and its headers that matter to the client (Allow, WWW-Authenticate), with a JSON body. */
    private static Response problem(Response refused, String message, List<Problem.FieldError> fields) {
        Response.StatusType status = refused.getStatusInfo();
        Response.ResponseBuilder answer = Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Problem(status.getStatusCode(), status.getReasonPhrase(), message, fields));
        for (String header : Set.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER)) {
            String value = refused.getHeaderString(header);
            if (value != null) {
                answer.header(header, value);
            }
        }
        return answer.build();
    }

    private String path() {
        return uri.getRequestUri().getRawPath();
    }
}
