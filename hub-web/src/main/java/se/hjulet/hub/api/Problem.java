package se.hjulet.hub.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The body of every error answer: the HTTP status, a sentence a person understands and, for bad
 * input, the fields at fault.
 */
public record Problem(int status, String error, String message, List<FieldError> fields) {

    public record FieldError(String field, String message) {
    }

    public static Response response(Response.Status status, String message) {
        return response(status, message, List.of());
    }

    public static Response response(Response.Status status, String message, List<FieldError> fields) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Problem(status.getStatusCode(), status.getReasonPhrase(), message, fields))
                .build();
    }
}
