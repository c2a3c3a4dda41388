package se.hjulet.hub.api;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotAuthenticated;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.ui.Failures;
import se.hjulet.search.SearchUnavailableException;

/** Turns what the boundaries throw into answers with the right status and a clear message. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

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
            return notAuthenticated();
        }
    }

    static Response notAuthenticated() {
        return Response.fromResponse(Problem.response(Status.UNAUTHORIZED,
                        "Log in first: send a bearer token from the hub's OpenID Connect provider."))
                .header("WWW-Authenticate", "Bearer")
                .build();
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
            return failure(e);
        }
    }

    /**
     * What the container wrapped: a lost update or a parallel twin found at commit (409), the database
     * out of reach (503). Whatever it is, the caller gets the JSON error body, never the server's page.
     */
    @Provider
    public static class ContainerFailureMapper implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            return failure(e);
        }
    }

    /** A request's own transaction (the write resources are {@code @Transactional}) failed to commit. */
    @Provider
    public static class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {
        @Override
        public Response toResponse(TransactionalException e) {
            return failure(e);
        }
    }

    @Provider
    public static class PersistenceFailureMapper implements ExceptionMapper<PersistenceException> {
        @Override
        public Response toResponse(PersistenceException e) {
            return failure(e);
        }
    }

    static Response failure(Throwable e) {
        return switch (Failures.kindOf(e)) {
            case LOST_UPDATE -> Problem.response(Status.CONFLICT,
                    "Someone else changed this item meanwhile, so your change was not saved. Reload and apply it again.");
            case CLASH -> Problem.response(Status.CONFLICT,
                    "The same thing was saved by another request at the same moment, so this one was not. Reload to see it.");
            case DATABASE_UNAVAILABLE -> Response.fromResponse(Problem.response(Status.SERVICE_UNAVAILABLE,
                            "The hub cannot reach its database right now, so nothing was saved. Try again in a minute."))
                    .header("Retry-After", "30").build();
            case SEARCH_UNAVAILABLE -> new SearchUnavailableMapper().toResponse(
                    Failures.causeOf(e, SearchUnavailableException.class).orElseThrow());
            case UNKNOWN -> {
                String incident = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, "Incident " + incident + ": a request failed", e);
                yield Problem.response(Status.INTERNAL_SERVER_ERROR, "Something went wrong in the hub (incident " + incident
                        + "); nothing was saved. Please try again, and tell us the incident number if it happens again.");
            }
        };
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
        var tooLarge = Failures.causeOf(e, RequestLimits.BodyTooLarge.class);
        if (tooLarge.isPresent()) {
            return RequestLimits.tooLarge(tooLarge.get().maxBytes());
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        // JSON-B names the properties it was reading, outermost first: "Unable to deserialize property
        // 'financing' because of: Unable to deserialize property 'amountSek' because of: <reason>".
        String binding = Failures.causeOf(e, JsonbException.class).map(Throwable::getMessage).orElse("");
        Matcher property = UNREADABLE_PROPERTY.matcher(Objects.toString(binding, ""));
        List<String> path = new ArrayList<>();
        String reason = null;
        while (property.lookingAt()) {
            path.add(property.group(1));
            reason = property.group(2);
            property = UNREADABLE_PROPERTY.matcher(reason);
        }
        if (!path.isEmpty()) {
            String field = String.join(".", path);
            String message = field + " " + reason;
            return Problem.response(Status.BAD_REQUEST, message, List.of(new Problem.FieldError(field, message)));
        }
        return Problem.response(Status.BAD_REQUEST,
                "The request body is not valid JSON for this resource: " + cause.getMessage());
    }

    private static final Pattern UNREADABLE_PROPERTY = Pattern.compile("(?s)Unable to deserialize property '([^']+)' because of: (.*)");
}
