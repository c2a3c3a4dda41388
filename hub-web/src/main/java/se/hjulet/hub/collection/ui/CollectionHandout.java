package se.hjulet.hub.collection.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import se.hjulet.hub.collection.boundary.Collections;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.platform.entity.NotFound;

/**
 * {@code samling.xhtml?id=N[&token=…]}: a collection as a printable handout for a workshop. What the
 * reader may not see (someone else's participants-only collection, a wrong token) is a 404.
 */
@Named("collectionHandout")
@RequestScoped
public class CollectionHandout {

    @Inject
    Collections collections;

    private String idParam;
    private String token;
    private CuratedCollection collection;

    private boolean loaded;

    /** View action; also on first use in a postback (the comments' forms name the collection in their hidden id). */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String id = idParam != null ? idParam : parameters.get("id");
        try {
            collection = collections.read(Long.parseLong(id == null ? "" : id.strip()), token != null ? token : parameters.get("token"));
        } catch (NumberFormatException | NotFound e) {
            collection = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public boolean isFound() {
        load();
        return collection != null;
    }

    public CuratedCollection getCollection() {
        load();
        return collection;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
