package se.hjulet.hub.person.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.ui.Site;

/**
 * The view action of every page under {@code admin/}: platform admins only (the login's groups claim
 * {@code admin}, as {@link People#callerIsPlatformAdmin} reads it), everyone else gets 403. The pages show
 * nothing to others either, and every button's boundary call checks the admin once more.
 */
@Named("adminAccess")
@RequestScoped
public class AdminAccess {

    @Inject
    People people;

    @Inject
    Site site;

    public void check() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            if (!site.isLoggedIn()) {
                external.redirect(site.getLoginUrl());
                context.responseComplete();
            } else if (!people.callerIsPlatformAdmin()) {
                external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
                context.responseComplete();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isAllowed() {
        return people.callerIsPlatformAdmin();
    }
}
