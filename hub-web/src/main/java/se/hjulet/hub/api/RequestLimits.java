package se.hjulet.hub.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What every API request must pass before its body is even looked at: a write needs a login (401
 * before any validation, so an anonymous caller cannot make the hub read, parse or hold anything), and
 * a body the framework reads whole must stay under a size limit (413). Uploads stream their body
 * themselves under the documents' own limit.
 * <p>
 * A refused body is then read to its end and thrown away, up to twice the limit that applies, so that
 * a client still sending receives the answer instead of a broken connection; nothing of it is kept.
 * Past twice the limit the connection is simply closed: nobody should send that much.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class RequestLimits implements ContainerRequestFilter, ContainerResponseFilter {

    public static final long DEFAULT_MAX_BODY_BYTES = 2L * 1024 * 1024;
    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final String UNREAD_BODY = RequestLimits.class.getName() + ".unreadBody";

    @Context
    ResourceInfo resource;

    // Read once: the filter is a JAX-RS singleton, made by the runtime rather than by CDI.
    private final long maxBodyBytes;
    private final long maxUploadBytes;

    public RequestLimits() {
        Config config = ConfigProvider.getConfig();
        maxBodyBytes = config.getOptionalValue("hub.api.max-body-bytes", Long.class).orElse(DEFAULT_MAX_BODY_BYTES);
        maxUploadBytes = config.getOptionalValue("hub.documents.max-bytes", Long.class).orElse(50L * 1024 * 1024);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(UNREAD_BODY, request.getEntityStream());
        if (!READS.contains(request.getMethod()) && request.getSecurityContext().getUserPrincipal() == null && !openToAnonymous()) {
            request.abortWith(ProblemMappers.notAuthenticated());
            return;
        }
        if (readsItsOwnBody()) {
            return;
        }
        if (request.getLength() > maxBodyBytes) {
            request.abortWith(tooLarge(maxBodyBytes));
            return;
        }
        // A body without a declared length (sent in chunks) is counted as it is read.
        request.setEntityStream(new CountedBody(request.getEntityStream(), maxBodyBytes));
    }

    /** After a refusal: the rest of the body, read and thrown away (see the class comment). */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || !(request.getProperty(UNREAD_BODY) instanceof InputStream body)) {
            return;
        }
        long atMost = 2 * (readsItsOwnBody() ? maxUploadBytes : maxBodyBytes);
        if (request.getLength() > atMost) {
            return;
        }
        byte[] buffer = new byte[64 * 1024];
        try {
            for (long read = 0; read < atMost; ) {
                int n = body.read(buffer);
                if (n < 0) {
                    return;
                }
                read += n;
            }
        } catch (IOException gone) {
            // the client stopped sending: nothing left to wait for
        }
    }

    /** A write marked as working without a login (the one-click unsubscribe of a mail). */
    private boolean openToAnonymous() {
        return resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(OpenToAnonymous.class);
    }

    /** A method that takes the raw stream (an upload) reads it under a limit of its own. */
    private boolean readsItsOwnBody() {
        return resource.getResourceMethod() != null
                && Arrays.asList(resource.getResourceMethod().getParameterTypes()).contains(InputStream.class);
    }

    static Response tooLarge(long maxBytes) {
        return Problem.response(Status.REQUEST_ENTITY_TOO_LARGE, String.format(Locale.ROOT,
                "The request body is larger than %.1f MB, the most the hub takes in one request.", maxBytes / (1024.0 * 1024.0)));
    }

    /** Thrown while reading a body that turns out larger than the limit; the mappers answer 413. */
    public static final class BodyTooLarge extends IOException {

        private final long maxBytes;

        BodyTooLarge(long maxBytes) {
            super("The request body is larger than " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }

    private static final class CountedBody extends FilterInputStream {

        private final long maxBytes;
        private long read;

        CountedBody(InputStream body, long maxBytes) {
            super(body);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > maxBytes) {
                throw new BodyTooLarge(maxBytes);
            }
        }
    }
}
