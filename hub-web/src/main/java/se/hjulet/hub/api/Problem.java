package se.hjulet.hub.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every error answer: the HTTP status, a sentence a person understands and, for bad
 * input, the fields at fault.
 */
@Schema(description = "Why a request was refused or failed.", example = """
        {"status": 400, "error": "Bad Request",
         "message": "title: must not be blank; ownerOrganisation: No organisation has the code or name 'Kalmar kommun'.",
         "fields": [{"field": "ownerOrganisation", "message": "No organisation has the code or name 'Kalmar kommun'."},
                    {"field": "title", "message": "must not be blank"}]}""")
public record Problem(
        @Schema(description = "The HTTP status", example = "400") int status,
        @Schema(description = "The status's reason phrase", example = "Bad Request") String error,
        @Schema(description = "What went wrong, in a sentence a person understands") String message,
        @Schema(description = "For bad input: each field at fault (dotted path, e.g. financing.amountSek) and why; else empty")
        List<FieldError> fields) {

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
