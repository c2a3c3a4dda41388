package se.hjulet.hub.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page for a form sent from a view the server no longer holds (the session ended, or the server
 * restarted): web.xml sends Faces' ViewExpiredException there.
 */
@Named("expiredPage")
@RequestScoped
public class ExpiredPage {

    /**
     * 400 instead of the container's 500 for an error page: nothing failed on the server, the form has
     * to be loaded again before it can be sent.
     */
    public void answer() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
}
