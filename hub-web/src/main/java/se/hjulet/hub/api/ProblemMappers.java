package se.hjulet.hub.api;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotAuthenticated;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.search.SearchUnavailableException;

/** Turns what the boundaries throw into answers with the right status and a clear message. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class InvalidInputMapper implements ExceptionMapper<InvalidInput> {
        @Override
        public Response toResponse(InvalidInput e) {
            return Problem.response(Status.BAD_REQUEST, e.getMessage(),
                    List.of(new Problem.FieldError(e.field(), e.getMessage())));
        }
    }

    @Provider
    public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> fields = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            String summary = fields.stream().map(f -> f.field() + ": " + f.message())
                    .reduce((a, b) -> a + "; " + b).orElse("The request is not valid.");
            return Problem.response(Status.BAD_REQUEST, summary, fields);
        }

        /** "create.input.title" → "title": the field as the client wrote it. */
        private static String fieldOf(ConstraintViolation<?> violation) {
            List<String> names = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                    .filter(n -> n.getKind() == jakarta.validation.ElementKind.PROPERTY
                            || n.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT)
                    .map(Path.Node::toString)
                    .filter(n -> !n.isBlank() && !n.startsWith("<"))
                    .toList();
            return names.isEmpty() ? "body" : String.join(".", names);
        }
    }

    @Provider
    public static class AccessDeniedMapper implements ExceptionMapper<AccessDenied> {
        @Override
        public Response toResponse(AccessDenied e) {
            return Problem.response(Status.FORBIDDEN, e.getMessage());
        }
    }

    @Provider
    public static class NotAuthenticatedMapper implements ExceptionMapper<NotAuthenticated> {
        @Override
        public Response toResponse(NotAuthenticated e) {
            return Response.fromResponse(Problem.response(Status.UNAUTHORIZED,
                            "Log in first: send a bearer token from the hub's OpenID Connect provider."))
                    .header("WWW-Authenticate", "Bearer")
                    .build();
        }
    }

    @Provider
    public static class NotFoundMapper implements ExceptionMapper<NotFound> {
        @Override
        public Response toResponse(NotFound e) {
            return Problem.response(Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class ConflictMapper implements ExceptionMapper<Conflict> {
        @Override
        public Response toResponse(Conflict e) {
            return Problem.response(Status.CONFLICT, e.getMessage());
        }
    }

    @Provider
    public static class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return Problem.response(Status.CONFLICT, "Someone else changed this item meanwhile. Reload and try again.");
        }
    }

    @Provider
    public static class SearchUnavailableMapper implements ExceptionMapper<SearchUnavailableException> {
        @Override
        public Response toResponse(SearchUnavailableException e) {
            return Response.fromResponse(Problem.response(Status.SERVICE_UNAVAILABLE,
                            "Search is temporarily unavailable. Your changes are saved and will be searchable when it is back."))
                    .header("Retry-After", "30")
                    .build();
        }
    }

    @Provider
    public static class MalformedJsonMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return malformed(e);
        }
    }

    @Provider
    public static class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return malformed(e);
        }
    }

    static Response malformed(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return Problem.response(Status.BAD_REQUEST,
                "The request body is not valid JSON for this resource: " + cause.getMessage());
    }
}
