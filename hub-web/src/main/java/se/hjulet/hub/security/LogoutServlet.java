package se.hjulet.hub.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Ends the hub session and its login cookie (a POST, so no other site can log a person out with a link).
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    LoginCookie loginCookie;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        request.logout();
        loginCookie.clear(request, response);
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/");
    }
}
