package se.hjulet.hub.moderation.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What the moderation and my-posts pages share: a request parameter as an id, and a redirect that ends the response. */
final class PageActions {

    private PageActions() {
    }

    static String param(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value == null ? null : value.strip();
    }

    static Long idParam(String name) {
        String value = param(name);
        try {
            return value == null || value.isEmpty() ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static void redirect(String url) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(url);
            FacesContext.getCurrentInstance().responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
