package se.hjulet.hub.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /login?return=/path} remembers where to go back to and sends the browser through the
 * protected {@code /login/oidc}, which starts the OpenID Connect login; once logged in, that path
 * sends the browser back. Only paths inside the hub are accepted as return addresses.
 */
@WebServlet({"/login", "/login/oidc"})
public class LoginServlet extends HttpServlet {

    private static final String RETURN_TO = LoginServlet.class.getName() + ".returnTo";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals("/login")) {
            request.getSession(true).setAttribute(RETURN_TO, localPath(request.getParameter("return")));
            response.sendRedirect(request.getContextPath() + "/login/oidc");
            return;
        }
        var session = request.getSession(false);
        Object back = session == null ? null : session.getAttribute(RETURN_TO);
        if (session != null) {
            session.removeAttribute(RETURN_TO);
        }
        response.sendRedirect(request.getContextPath() + (back instanceof String path ? path : "/"));
    }

    static String localPath(String candidate) {
        boolean local = candidate != null && candidate.startsWith("/") && !candidate.startsWith("//")
                && !candidate.contains("\\") && candidate.chars().noneMatch(Character::isISOControl);
        return local ? candidate : "/";
    }
}
