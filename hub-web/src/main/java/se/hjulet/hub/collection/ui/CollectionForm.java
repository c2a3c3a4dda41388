package se.hjulet.hub.collection.ui;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.hjulet.hub.collection.boundary.CollectionInput;
import se.hjulet.hub.collection.boundary.CollectionInput.EventInput;
import se.hjulet.hub.collection.boundary.Collections;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.collection.entity.Visibility;
import se.hjulet.hub.initiative.ui.InitiativePage;
import se.hjulet.hub.initiative.ui.ParticipantRow;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotAuthenticated;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.search.boundary.HubSearch;
import se.hjulet.hub.ui.Failures;
import se.hjulet.hub.ui.FormBean;
import se.hjulet.hub.ui.FormErrors;
import se.hjulet.hub.ui.FormErrors.FieldError;
import se.hjulet.hub.ui.FormErrors.RowSection;
import se.hjulet.hub.ui.Rows;
import se.hjulet.hub.ui.Site;
import se.hjulet.hub.ui.Texts;
import se.hjulet.hub.ui.TypedInput;
import se.hjulet.search.SearchUnavailableException;
import se.hjulet.search.query.Facet;
import se.hjulet.search.query.SearchRequest;

/**
 * {@code skriv/samling.xhtml[?id=N]}: the collections editor for facilitators. The whole collection is one
 * form: every button (add a theme, find and add an item, move an item, remove one, add a date or an
 * organisation) posts all boxes, so nothing typed is lost, and only "Spara" stores it, through the same
 * {@link Collections#create}/{@link Collections#update} as the API, with the version edited (someone
 * else's save in between is a conflict, not an overwrite). Works without JavaScript; the drag-and-drop
 * script only rewrites the items' hidden position boxes.
 *
 * <p>Ids (the form does not prefix them): title, description, visibility, themes:N:themeTitle (…Description,
 * …Questions), themes:N:items:M:itemNote (…Position, …Up, …Down, …Remove), events:N:eventDate (…Title),
 * participants:N:participantOrganisation, searchText, results:N:resultAdd, version.
 */
@Named("collectionForm")
@ViewScoped
public class CollectionForm extends FormBean {

    private static final long serialVersionUID = 1L;
    private static final int SEARCH_SIZE = 10;

    static final RowSection THEMES = new RowSection("themes", "themes", "theme", List.of("title", "description", "questions"));
    static final RowSection EVENTS = new RowSection("events", "events", "event", List.of("date", "title"));
    static final RowSection PARTICIPANTS = new RowSection("participatingOrganisations", "participants", "participant",
            List.of("organisation"));

    @Inject
    Collections collections;

    @Inject
    People people;

    @Inject
    Organisations organisations;

    @Inject
    HubSearch hubSearch;

    @Inject
    Site site;

    private transient Validator validator;

    private String idParam;
    private Long id;
    private boolean found = true;
    private boolean allowed = true;
    private boolean conflict;
    private String shareLink;
    private List<String> organisationNames = List.of();

    private String title;
    private String description;
    private String visibility = Visibility.PUBLIC.name();
    private Long version;
    private final List<ThemeRow> themes = new ArrayList<>();
    private final Rows<EventRow> events = new Rows<>(EventRow::new, 1, 50);
    private final Rows<OrganisationRow> participants = new Rows<>(OrganisationRow::new, 1, 300);

    private String linkUrl;
    private String linkTitle;
    private String searchText;
    private String addTo = "0";
    private List<Found> results;
    private boolean searchUnavailable;

    /** The item just moved and which of its buttons keeps the focus ("up" or "down"). */
    private transient ItemRow moved;
    private transient String movedBy;
    private transient ThemeRow added;

    // --- loading ---

    /** View action (first request only): who may write here, and the collection when editing. */
    public void load() {
        if (people.currentIfAny().isEmpty()) {
            redirect(site.getLoginUrl());
            return;
        }
        organisationNames = organisations.all(null).stream().map(ParticipantRow::pickerLabel).sorted().toList();
        if (idParam == null || idParam.isBlank()) {
            if (!collections.mayCreate()) {
                forbidden();
                return;
            }
            themes.add(new ThemeRow());
            return;
        }
        Long requested = InitiativePage.parseId(idParam);
        try {
            fill(collections.forEditing(requested == null ? -1 : requested));
        } catch (NotFound e) {
            found = false;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        } catch (AccessDenied e) {
            forbidden();
        }
    }

    private void forbidden() {
        allowed = false;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
    }

    private void fill(CuratedCollection collection) {
        id = collection.id();
        version = collection.version();
        title = collection.title();
        description = collection.description();
        visibility = collection.visibility().name();
        shareLink = absolute(collection.pagePath() + "&token=" + collection.linkToken());
        themes.clear();
        collection.themes().stream().map(ThemeRow::of).forEach(themes::add);
        if (themes.isEmpty()) {
            themes.add(new ThemeRow());
        }
        events.fill(collection.events().stream().map(EventRow::of).toList());
        participants.fill(collection.participants().stream().map(OrganisationRow::of)
                .sorted(java.util.Comparator.comparing(OrganisationRow::getOrganisation)).toList());
    }

    // --- the buttons that change the form (nothing is stored until "Spara") ---

    /** Every button first takes the order the drag-and-drop script left. */
    private void settle() {
        moved = null;
        movedBy = null;
        added = null;
        themes.forEach(ThemeRow::applyPositions);
        events.settle();
        participants.settle();
    }

    public void addTheme() {
        settle();
        if (themes.size() < CuratedCollection.MAX_THEMES) {
            added = new ThemeRow();
            themes.add(added);
        }
    }

    public void removeTheme(ThemeRow theme) {
        settle();
        themes.remove(theme);
        if (themes.isEmpty()) {
            themes.add(new ThemeRow());
        }
        notice("collectionForm.done.themeRemoved", theme.getTitle() == null ? "" : theme.getTitle());
    }

    public void moveUp(ThemeRow theme, ItemRow item) {
        move(theme, item, -1, "up");
    }

    public void moveDown(ThemeRow theme, ItemRow item) {
        move(theme, item, 1, "down");
    }

    private void move(ThemeRow theme, ItemRow item, int by, String direction) {
        settle();
        if (theme.move(item, by)) {
            moved = item;
            movedBy = direction;
            notice("collectionForm.done.moved", item.getTitle(), theme.numberOf(item), theme.getItems().size());
        }
    }

    public void removeItem(ThemeRow theme, ItemRow item) {
        settle();
        theme.remove(item);
        notice("collectionForm.done.itemRemoved", item.getTitle());
    }

    public void addEvent() {
        settle();
        events.add();
    }

    public void removeEvent(EventRow row) {
        settle();
        events.remove(row);
    }

    public void addParticipant() {
        settle();
        participants.add();
    }

    public void removeParticipant(OrganisationRow row) {
        settle();
        participants.remove(row);
    }

    /** "Sök": published initiatives and documents (the index holds nothing else that may be added). */
    public void search() {
        settle();
        searchUnavailable = false;
        String text = TypedInput.text(searchText);
        if (text == null) {
            results = List.of();
            return;
        }
        try {
            var request = new SearchRequest(text, Map.of(Facet.KIND, Found.KINDS), SearchRequest.Sort.RELEVANCE, 0, SEARCH_SIZE);
            results = hubSearch.search(request).hits().stream().filter(h -> Found.KINDS.contains(h.kind())).map(Found::of).toList();
        } catch (IllegalArgumentException e) {
            results = List.of();
            FacesContext.getCurrentInstance().addMessage("searchText", Texts.error(Texts.get("collectionForm.search.invalid")));
        } catch (RuntimeException e) {
            if (Failures.causeOf(e, SearchUnavailableException.class).isEmpty()) {
                throw e;
            }
            results = List.of();
            searchUnavailable = true;
        }
    }

    /** A hit's "Lägg till": into the theme chosen in the list above the hits. */
    public void add(Found hit) {
        settle();
        ThemeRow theme = themes.get(Math.max(0, Math.min(themes.size() - 1, parseIndex(addTo))));
        if (theme.getItems().size() >= se.hjulet.hub.collection.entity.Theme.MAX_ITEMS) {
            FacesContext.getCurrentInstance().addMessage(null, Texts.error(Texts.get("collectionForm.themeFull")));
            return;
        }
        theme.add(ItemRow.of(hit));
        notice("collectionForm.done.added", hit.title(), themeName(theme));
    }

    /** "Lägg till länken": an external page with its title, into the chosen theme; both boxes are needed. */
    public void addLink() {
        settle();
        FacesContext context = FacesContext.getCurrentInstance();
        String url = TypedInput.text(linkUrl);
        String text = TypedInput.text(linkTitle);
        var errors = new ArrayList<FieldError>();
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            errors.add(new FieldError("linkUrl", Texts.get("collectionForm.link.url.invalid")));
        }
        if (text == null) {
            errors.add(new FieldError("linkTitle", Texts.get("collectionForm.link.title.required")));
        }
        if (!errors.isEmpty()) {
            report(context, errors);
            return;
        }
        ThemeRow theme = themes.get(Math.max(0, Math.min(themes.size() - 1, parseIndex(addTo))));
        theme.add(ItemRow.link(url, text));
        linkUrl = null;
        linkTitle = null;
        notice("collectionForm.done.added", text, themeName(theme));
    }

    private static int parseIndex(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    // --- saving ---

    /** "Spara": the whole collection through the boundary; then back here with the share link. */
    public String save() {
        settle();
        FacesContext context = FacesContext.getCurrentInstance();
        conflict = false;
        var typed = new TypedInput(Texts.words());
        var rowsOf = new HashMap<String, int[]>();
        CollectionInput input = build(typed, rowsOf);
        var errors = new ArrayList<>(typed.errors());
        errors.addAll(errors().of(validator().validate(input), rowsOf));
        if (!errors.isEmpty()) {
            report(context, errors);
            return null;
        }
        try {
            CuratedCollection saved = id == null ? collections.create(input) : collections.update(id, input);
            context.addMessage(null, Texts.info(Texts.get("collectionForm.done.saved")));
            context.getExternalContext().getFlash().setKeepMessages(true);
            return "/skriv/samling.xhtml?faces-redirect=true&id=" + saved.id();
        } catch (InvalidInput e) {
            report(context, List.of(new FieldError(errors().clientIdFor(e.field(), rowsOf, this::suspectRow), invalidInputText(e))));
        } catch (Conflict e) {
            conflict(context);
        } catch (AccessDenied e) {
            globalError(context, Texts.get("collectionForm.accessDenied"));
        } catch (NotFound e) {
            globalError(context, Texts.get("form.notFound"));
        } catch (NotAuthenticated e) {
            globalError(context, Texts.get("form.notAuthenticated"));
        } catch (RuntimeException e) {
            switch (Failures.kindOf(e)) {
                case LOST_UPDATE, CLASH -> conflict(context);
                case DATABASE_UNAVAILABLE -> globalError(context, Texts.get("form.databaseUnavailable"));
                default -> {
                    var violations = Failures.causeOf(e, ConstraintViolationException.class);
                    if (violations.isEmpty()) {
                        throw e;
                    }
                    report(context, errors().of(violations.get().getConstraintViolations(), rowsOf));
                }
            }
        }
        return null;
    }

    /** The input record from the boxes; themes, dates and organisations left empty are left out. */
    CollectionInput build(TypedInput typed, Map<String, int[]> rowsOf) {
        var themeInputs = new ArrayList<CollectionInput.ThemeInput>();
        var themeRows = new ArrayList<Integer>();
        for (int i = 0; i < themes.size(); i++) {
            if (!themes.get(i).isEmpty()) {
                themeInputs.add(themes.get(i).toInput());
                themeRows.add(i);
            }
        }
        rowsOf.put(THEMES.property(), themeRows.stream().mapToInt(Integer::intValue).toArray());
        var eventRows = events.build(row -> new EventInput(
                typed.date(EVENTS.clientId(events.getList().indexOf(row), "date"), Texts.get("form.event.date"), row.getDate()),
                TypedInput.text(row.getTitle())));
        rowsOf.put(EVENTS.property(), eventRows.rows());
        var organisationRows = participants.build(OrganisationRow::reference);
        rowsOf.put(PARTICIPANTS.property(), organisationRows.rows());
        Visibility chosen = typed.choice(Visibility.class, "visibility", Texts.get("form.visibility.label"), visibility);
        return new CollectionInput(TypedInput.text(title), TypedInput.text(description), chosen, themeInputs,
                eventRows.inputs(), organisationRows.inputs(), version);
    }

    /** For a refusal naming a section without a row: the date without a title, or the theme without one. */
    private int suspectRow(RowSection section) {
        if (section == EVENTS) {
            for (int i = 0; i < events.getList().size(); i++) {
                if (events.getList().get(i).isIncomplete()) {
                    return i;
                }
            }
        }
        if (section == THEMES) {
            for (int i = 0; i < themes.size(); i++) {
                if (!themes.get(i).isEmpty() && TypedInput.text(themes.get(i).getTitle()) == null) {
                    return i;
                }
            }
        }
        return -1;
    }

    private void conflict(FacesContext context) {
        conflict = true;
        globalError(context, Texts.get("form.conflict"));
    }

    private static String invalidInputText(InvalidInput e) {
        String key = "invalid." + e.field();
        return Texts.has(key) ? Texts.get(key) : e.getMessage();
    }

    private static void notice(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, Texts.info(Texts.get(key, arguments)));
    }

    @Override
    protected FormErrors errors() {
        return new FormErrors(List.of("title", "description", "visibility", THEMES.property(), "addTo", "linkUrl", "linkTitle",
                EVENTS.property(), PARTICIPANTS.property()), List.of(THEMES, EVENTS, PARTICIPANTS), Texts.words());
    }

    private Validator validator() {
        if (validator == null) {
            var fromContainer = CDI.current().select(Validator.class);
            validator = fromContainer.isResolvable() ? fromContainer.get() : Validation.buildDefaultValidatorFactory().getValidator();
        }
        return validator;
    }

    private static void redirect(String url) {
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(url);
            FacesContext.getCurrentInstance().responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The share link as one sends it: the request's own scheme, host and port (behind a proxy, what it passed on). */
    private static String absolute(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        String url = request.getRequestURL().toString();
        String origin = url.substring(0, url.indexOf('/', url.indexOf("//") + 2));
        return origin + external.getRequestContextPath() + path;
    }

    // --- for the page ---

    public boolean isFound() {
        return found;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public boolean isShowForm() {
        return found && allowed;
    }

    public boolean isEditing() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getShareLink() {
        return shareLink;
    }

    public String getHandoutUrl() {
        return site.url("/samling.xhtml?id=" + id);
    }

    public String getReloadUrl() {
        return site.url("/skriv/samling.xhtml" + (id == null ? "" : "?id=" + id));
    }

    public String getCancelUrl() {
        return id == null ? site.url("/") : getHandoutUrl();
    }

    public String getHeading() {
        return Texts.get(isEditing() ? "collectionForm.heading.edit" : "collectionForm.heading.new");
    }

    public String getPageTitle() {
        if (!found) {
            return Texts.get("collection.notFound.title");
        }
        if (!allowed) {
            return Texts.get("form.forbidden.title");
        }
        return isHasErrors() ? Texts.get("form.errorTitle", getHeading()) : getHeading();
    }

    public List<Option> getVisibilityOptions() {
        return Stream.of(Visibility.values()).map(v -> new Option(v.name(), Texts.get("collectionForm.visibility." + v.name()))).toList();
    }

    /** The themes to add a hit to: "1. UTBLICK". */
    public List<Option> getThemeOptions() {
        var options = new ArrayList<Option>();
        for (int i = 0; i < themes.size(); i++) {
            options.add(new Option(String.valueOf(i), (i + 1) + ". " + themeName(themes.get(i))));
        }
        return options;
    }

    private String themeName(ThemeRow theme) {
        String name = TypedInput.text(theme.getTitle());
        return name != null ? name : Texts.get("collectionForm.theme.legend", themes.indexOf(theme) + 1);
    }

    /** A choice in a select. */
    public record Option(String value, String label) implements java.io.Serializable {
    }

    public String themeLegend(ThemeRow theme) {
        return Texts.get("collectionForm.theme.legend", themes.indexOf(theme) + 1);
    }

    /** Is the hit in the collection already (then it is not offered again)? */
    public boolean isChosen(Found hit) {
        return themes.stream().flatMap(t -> t.getItems().stream()).anyMatch(item -> item.sameAs(hit));
    }

    /** After a move, the moved item's button in the same direction keeps the focus (or the other, at an end). */
    public boolean focusOn(ThemeRow theme, ItemRow item, String button) {
        if (moved != item) {
            return false;
        }
        boolean upShown = !theme.isFirst(item);
        boolean downShown = !theme.isLast(item);
        return "up".equals(button) ? upShown && ("up".equals(movedBy) || !downShown)
                : downShown && ("down".equals(movedBy) || !upShown);
    }

    public boolean isAddedTheme(ThemeRow theme) {
        return theme != null && theme == added;
    }

    public String kindLabel(String kind) {
        String key = "kind." + kind;
        return Texts.has(key) ? Texts.get(key) : kind;
    }

    public boolean isSearched() {
        return results != null;
    }

    public List<Found> getResults() {
        return results == null ? List.of() : results;
    }

    public boolean isSearchUnavailable() {
        return searchUnavailable;
    }

    public boolean isMayAddTheme() {
        return themes.size() < CuratedCollection.MAX_THEMES;
    }

    public List<String> getOrganisationNames() {
        return organisationNames;
    }

    public String itemUrl(ItemRow item) {
        return site.url(item.getHref());
    }

    // --- the boxes ---

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<ThemeRow> getThemes() {
        return themes;
    }

    public Rows<EventRow> getEvents() {
        return events;
    }

    public Rows<OrganisationRow> getParticipants() {
        return participants;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }

    public String getLinkTitle() {
        return linkTitle;
    }

    public void setLinkTitle(String linkTitle) {
        this.linkTitle = linkTitle;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public String getAddTo() {
        return addTo;
    }

    public void setAddTo(String addTo) {
        this.addTo = addTo;
    }
}
