package se.hjulet.hub.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;

/**
 * The security headers of every answer, pages and API alike, error pages included: a strict Content
 * Security Policy (scripts and styles only from the hub's own files, never inline; no framing), no
 * content sniffing, and no full addresses in the Referer sent to other sites.
 *
 * <p>An answer that sets one of these headers itself keeps its own value: document downloads send a
 * sandboxing policy of their own.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD,
        DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "object-src 'none'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HEADERS.forEach(response::setHeader);
        chain.doFilter(request, new OwnValuesReplaceDefaults(response));
    }

    /** Adding one of the headers replaces the default instead of sending both (browsers would apply both). */
    private static final class OwnValuesReplaceDefaults extends HttpServletResponseWrapper {

        OwnValuesReplaceDefaults(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (isOurs(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        private static boolean isOurs(String name) {
            return HEADERS.keySet().stream().anyMatch(header -> header.equalsIgnoreCase(name));
        }
    }
}
