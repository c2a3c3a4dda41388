package se.hjulet.hub.moderation.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.hjulet.hub.api.Problem;
import se.hjulet.hub.moderation.entity.PostingLimitReached;

/** 429 with the error body and {@code Retry-After}: how long until the hub takes the person's next post. */
@Provider
public class PostingLimitMapper implements ExceptionMapper<PostingLimitReached> {

    @Override
    public Response toResponse(PostingLimitReached e) {
        return Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS, e.getMessage()))
                .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                .build();
    }
}
