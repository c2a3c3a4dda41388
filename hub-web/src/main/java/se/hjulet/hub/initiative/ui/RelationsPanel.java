package se.hjulet.hub.initiative.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import se.hjulet.hub.initiative.boundary.Initiatives;
import se.hjulet.hub.initiative.boundary.RelationInput;
import se.hjulet.hub.initiative.boundary.Relations;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.entity.Relation;
import se.hjulet.hub.initiative.entity.RelationKind;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotAuthenticated;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.search.boundary.HubSearch;
import se.hjulet.hub.ui.Failures;
import se.hjulet.hub.ui.Site;
import se.hjulet.hub.ui.Texts;
import se.hjulet.search.SearchUnavailableException;
import se.hjulet.search.index.IndexEntry;
import se.hjulet.search.query.Facet;
import se.hjulet.search.query.SearchHit;
import se.hjulet.search.query.SearchRequest;

/**
 * An item's lifecycle links on its form: the links it has (those it makes can be removed), and a search
 * for the item to link to, each hit with its own "Koppla" button. Everything posts, so it works without
 * JavaScript. Request scoped: the item is named by the request's {@code id}.
 */
@Named("relationsPanel")
@RequestScoped
public class RelationsPanel {

    private static final int HITS = 8;

    @Inject
    Initiatives initiatives;

    @Inject
    Relations relations;

    @Inject
    HubSearch search;

    @Inject
    Site site;

    private boolean loaded;
    private Initiative item;
    private String query;
    private String relation = RelationKind.RELATED.name();
    private List<Hit> hits;
    private boolean searched;

    /** The item named by the request's {@code id} (a button of the panel's own form). */
    private Initiative item() {
        return item(InitiativePage.parseId(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id")));
    }

    private Initiative item(Long id) {
        if (!loaded) {
            loaded = true;
            try {
                item = id == null ? null : initiatives.read(Initiative.class, id);
            } catch (NotFound e) {
                item = null;
            }
        }
        return item;
    }

    public record Row(long id, String label, String title, String url, boolean removable) {
    }

    public List<Row> rows(Long itemId) {
        if (item(itemId) == null) {
            return List.of();
        }
        boolean mayEdit = initiatives.mayEdit(item);
        return relations.of(item).stream().map(r -> new Row(r.id(), Texts.get("relation." + r.nameSeenFrom(item)),
                r.otherEnd(item).title(), site.url(r.otherEnd(item).pagePath()), mayEdit && r.source().equals(item))).toList();
    }

    /** The ways this kind may link to another: a need is realised by a project, a project documented as an example. */
    public List<InitiativeForm.Option> relationOptions(Long itemId) {
        if (item(itemId) == null) {
            return List.of();
        }
        return Stream.of(RelationKind.values()).filter(k -> k.sourceKind() == null || k.sourceKind().equals(item.kind()))
                .map(k -> new InitiativeForm.Option(k.name(), Texts.get("relation.choose." + k.name().toLowerCase(Locale.ROOT))))
                .toList();
    }

    public record Hit(long id, String kind, String title, String organisation) {
    }

    /** "Sök": published items of the kinds a link can reach, without this item. */
    public String find() {
        searched = true;
        hits = List.of();
        if (item() == null || query == null || query.isBlank()) {
            return null;
        }
        try {
            RelationKind kind = RelationKind.valueOf(relation);
            List<String> kinds = kind.targetKind() != null ? List.of(kind.targetKind())
                    : List.of(IndexEntry.LEARNING_EXAMPLE, IndexEntry.PROJECT, IndexEntry.PROCUREMENT_NEED);
            var request = new SearchRequest(query, Map.of(Facet.KIND, kinds), SearchRequest.Sort.RELEVANCE, 0, HITS + 1);
            hits = search.search(request).hits().stream().filter(h -> h.databaseId() != item.id()).limit(HITS)
                    .map(h -> new Hit(h.databaseId(), Texts.get("kind." + h.kind()), h.title(), h.organisationName())).toList();
        } catch (SearchUnavailableException e) {
            FacesContext.getCurrentInstance().addMessage(null, Texts.error(Texts.get("search.unavailable")));
        } catch (IllegalArgumentException e) {
            FacesContext.getCurrentInstance().addMessage(null, Texts.error(Texts.get("search.invalid")));
        }
        return null;
    }

    public String link(long targetId) {
        return act(() -> relations.link(Initiative.class, item.id(), new RelationInput(RelationKind.valueOf(relation), targetId)),
                "relations.done.linked");
    }

    public String unlink(long relationId) {
        return act(() -> relations.unlink(Initiative.class, item.id(), relationId), "relations.done.unlinked");
    }

    private String act(Runnable work, String done) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (item() == null) {
            return null;
        }
        try {
            work.run();
            context.addMessage(null, Texts.info(Texts.get(done)));
        } catch (InvalidInput e) {
            context.addMessage(null, Texts.error(Texts.get("relations.invalid")));
        } catch (Conflict e) {
            context.addMessage(null, Texts.error(Texts.get("relations.conflict")));
        } catch (AccessDenied | NotAuthenticated e) {
            context.addMessage(null, Texts.error(Texts.get("form.accessDenied")));
        } catch (NotFound e) {
            context.addMessage(null, Texts.error(Texts.get("form.notFound")));
        } catch (RuntimeException e) {
            switch (Failures.kindOf(e)) {
                case LOST_UPDATE, CLASH -> context.addMessage(null, Texts.error(Texts.get("relations.conflict")));
                case DATABASE_UNAVAILABLE -> context.addMessage(null, Texts.error(Texts.get("form.databaseUnavailable")));
                default -> throw e;
            }
        }
        context.getExternalContext().getFlash().setKeepMessages(true);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&id=" + item.id();
    }

    public List<Hit> getHits() {
        return hits == null ? List.of() : hits;
    }

    public boolean isSearched() {
        return searched;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getRelation() {
        return relation;
    }

    public void setRelation(String relation) {
        this.relation = relation;
    }
}
