package se.hjulet.hub.initiative.ui;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import se.hjulet.hub.initiative.boundary.ContactInput;
import se.hjulet.hub.initiative.boundary.InitiativeInput;
import se.hjulet.hub.initiative.boundary.Initiatives;
import se.hjulet.hub.initiative.boundary.LinkInput;
import se.hjulet.hub.initiative.boundary.ParticipantInput;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.entity.InitiativeStatus;
import se.hjulet.hub.initiative.entity.ParticipantRole;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.matching.boundary.LookAlikeInput;
import se.hjulet.hub.matching.ui.LookAlikeWarning;
import se.hjulet.hub.matching.ui.MatchRow;
import se.hjulet.hub.matching.ui.Matches;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotAuthenticated;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.procurement.entity.ProcurementNeed;
import se.hjulet.hub.project.entity.Project;
import se.hjulet.hub.ui.Failures;
import se.hjulet.hub.ui.FormBean;
import se.hjulet.hub.ui.FormErrors;
import se.hjulet.hub.ui.FormErrors.FieldError;
import se.hjulet.hub.ui.FormErrors.RowSection;
import se.hjulet.hub.ui.Language;
import se.hjulet.hub.ui.Rows;
import se.hjulet.hub.ui.Site;
import se.hjulet.hub.ui.Texts;
import se.hjulet.hub.ui.TypedInput;

/**
 * The form of every kind of initiative (with {@code WEB-INF/templates/form.xhtml}): loading an item to
 * edit (only for members of its owner), the shared fields (title, lead, owner, language, policy areas,
 * tags, period, participants, contacts, links), turning the boxes into the kind's input record, Bean
 * Validation of it as the REST API does, every complaint as a message on its field ({@link FormErrors}),
 * saving, publishing after saving, and the words for a lost update or a database that is away.
 *
 * <p>A kind gives its input record, its own boxes and their order; everything it does not show is
 * carried from the stored item unchanged by the kind's {@link #input}.
 *
 * <p>Ids (the form does not prefix them): title, lead, ownerOrganisation, language, the kind's own,
 * policyAreas, tags, periodFrom, periodTo, ongoing, participants:N:participantOrganisation (…Role),
 * contacts:N:contactName (…Role, …Organisation, …Email, …Phone), links:N:linkTitle (…Url), version.
 */
public abstract class InitiativeForm<T extends Initiative> extends FormBean {

    private static final long serialVersionUID = 1L;
    private static final int MAX_PARTICIPANTS = 50;
    private static final int MAX_CONTACTS = 20;
    private static final int MAX_LINKS = 30;

    protected static final RowSection PARTICIPANTS = new RowSection("participatingOrganisations", "participants",
            "participant", List.of("organisation", "role"));
    protected static final RowSection CONTACTS = new RowSection("contacts", "contacts", "contact",
            List.of("name", "role", "organisation", "email", "phone"));
    protected static final RowSection LINKS = new RowSection("links", "links", "link", List.of("title", "url"));

    @Inject
    protected Initiatives initiatives;

    @Inject
    protected People people;

    @Inject
    protected Organisations organisations;

    @Inject
    protected Site site;

    @Inject
    Matches matches;

    /** "Det här liknar …": look-alikes of the text being written (issue 8). */
    private final LookAlikeWarning lookAlikes = new LookAlikeWarning();

    private transient Validator validator;

    private String idParam;
    protected Long id;
    private boolean found = true;
    private boolean allowed = true;
    private boolean conflict;
    private InitiativeStatus status;
    private List<Option> organisationOptions = List.of();
    private List<String> organisationNames = List.of();

    private String title;
    private String lead;
    private String ownerOrganisation;
    private String language = "sv";
    private String policyAreas;
    private String tags;
    /** As typed (yyyy-mm-dd from a date input): read when saving, so a bad date is one error among the others. */
    private String periodFrom;
    private String periodTo;
    private Boolean ongoing = Boolean.FALSE;
    private Long version;
    private final Rows<ParticipantRow> participants = new Rows<>(ParticipantRow::new, 1, MAX_PARTICIPANTS);
    private final Rows<ContactRow> contacts = new Rows<>(ContactRow::new, 1, MAX_CONTACTS);
    private final Rows<LinkRow> links = new Rows<>(LinkRow::new, 1, MAX_LINKS);

    // --- what a kind gives ---

    protected abstract Class<T> kind();

    /** The read page, e.g. {@code /projekt.xhtml}. */
    protected abstract String page();

    /** The form's own path, e.g. {@code /skriv/projekt.xhtml}. */
    protected abstract String form();

    /** Prefix of the kind's message keys: {@code example}, {@code project}, {@code need}. */
    protected abstract String keys();

    /** The kind's own boxes' ids, in the order the form shows them (between the language and the policy areas). */
    protected abstract List<String> ownFields();

    /** Row sections of the kind's own (financing lines). */
    protected List<RowSection> ownRowSections() {
        return List.of();
    }

    /** The kind's own text boxes that say what the initiative is about, compared with what is published (their ids). */
    protected List<String> lookAlikeTextFields() {
        return List.of();
    }

    /** The text of those boxes, for the comparison. */
    protected String lookAlikeText() {
        return "";
    }

    /** Fills the kind's own boxes, and keeps what it does not show, from the item being edited. */
    protected abstract void fill(T item);

    /**
     * The kind's input record from the shared part and its own boxes. Wrong numbers and dates go to
     * {@code typed}; rows of its own are noted in {@code rowsOf}.
     */
    protected abstract InitiativeInput<T> input(Core core, TypedInput typed, Map<String, int[]> rowsOf);

    /** The shared part of the input, read from the boxes. */
    protected record Core(String title, String lead, String ownerOrganisation, List<ParticipantInput> participants,
                          Set<String> policyAreas, Set<String> tags, LocalDate periodFrom, LocalDate periodTo,
                          Boolean ongoing, List<ContactInput> contacts, List<LinkInput> links, String language,
                          Long version) {
    }

    // --- loading ---

    /** View action (first request only): the caller's organisations, and the item when editing. */
    public void load() {
        var person = people.currentIfAny();
        if (person.isEmpty()) {
            redirect(site.getLoginUrl());
            return;
        }
        organisationOptions = person.get().organisations().stream().map(Option::of)
                .sorted(Comparator.comparing(Option::label)).toList();
        organisationNames = organisations.all(null).stream().map(ParticipantRow::pickerLabel).sorted().toList();
        if (idParam == null || idParam.isBlank()) {
            language = "en".equals(Texts.locale().getLanguage()) ? "en" : "sv";
            if (organisationOptions.size() == 1) {
                ownerOrganisation = organisationOptions.get(0).value();
            }
            return;
        }
        Long requested = InitiativePage.parseId(idParam);
        try {
            T item = initiatives.read(kind(), requested == null ? -1 : requested);
            if (!initiatives.mayEdit(item)) {
                allowed = false;
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            id = item.id();
            fillCore(item);
            fill(item);
        } catch (NotFound e) {
            found = false;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void fillCore(T item) {
        status = item.status();
        version = item.version();
        title = item.title();
        lead = item.lead();
        Organisation owner = item.owner();
        ownerOrganisation = owner.reference();
        if (organisationOptions.stream().noneMatch(o -> o.value().equals(owner.reference()))) {
            var options = new ArrayList<>(organisationOptions);
            options.add(0, Option.of(owner));
            organisationOptions = List.copyOf(options);
        }
        language = item.language();
        policyAreas = TypedInput.joinTerms(item.policyAreas());
        tags = TypedInput.joinTerms(item.tags());
        periodFrom = item.period().from() == null ? null : item.period().from().toString();
        periodTo = item.period().to() == null ? null : item.period().to().toString();
        ongoing = item.period().ongoing();
        participants.fill(item.participants().stream().map(ParticipantRow::of).toList());
        contacts.fill(item.contacts().stream().map(ContactRow::of).toList());
        links.fill(item.links().stream().map(LinkRow::of).toList());
    }

    // --- the buttons ---

    /** "Spara utkast" (or "Spara ändringar" for a published item, which stays published). */
    public String save() {
        return save(false);
    }

    /** "Spara och publicera". */
    public String saveAndPublish() {
        return save(true);
    }

    private String save(boolean publish) {
        FacesContext context = FacesContext.getCurrentInstance();
        conflict = false;
        Stream.of(participants, contacts, links).forEach(Rows::settle);
        var typed = new TypedInput(Texts.words());
        var rowsOf = new HashMap<String, int[]>();
        InitiativeInput<T> built = build(typed, rowsOf);
        var errors = new ArrayList<>(typed.errors());
        errors.addAll(errors().of(validator().validate(built), rowsOf));
        if (!errors.isEmpty()) {
            report(context, errors);
            return null;
        }
        // Before the first publish the author sees what the text resembles, once; pressing again goes on. A draft
        // is saved anyway (its page lists what it resembles), with a word about it.
        List<MatchRow> resembles = neverPublished() ? findLookAlikes() : List.of();
        if (publish && lookAlikes.stopsBeforeSaving(resembles)) {
            context.addMessage(null, Texts.warning(Texts.get("lookAlikes.stopped")));
            return null;
        }
        try {
            T saved = id == null ? initiatives.draft(built) : initiatives.update(id, built);
            long savedId = saved.id();
            String done = saved.status() == InitiativeStatus.PUBLISHED ? "form.done.saved"
                    : publish ? publishSaved(context, savedId) : "form.done.draft";
            context.addMessage(null, Texts.info(Texts.get(done)));
            if (!publish && !resembles.isEmpty()) {
                context.addMessage(null, Texts.warning(Texts.get("lookAlikes.draft")));
            }
            context.getExternalContext().getFlash().setKeepMessages(true);
            return page() + "?faces-redirect=true&id=" + savedId;
        } catch (InvalidInput e) {
            report(context, List.of(new FieldError(errors().clientIdFor(e.field(), rowsOf, this::suspectRow), invalidInputText(e))));
        } catch (Conflict e) {
            conflict(context);
        } catch (AccessDenied e) {
            globalError(context, Texts.get("form.accessDenied"));
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

    /** "Jämför med det som är publicerat", and the form's script as the author writes (a Faces Ajax request). */
    public void checkLookAlikes() {
        lookAlikes.show(findLookAlikes());
    }

    private List<MatchRow> findLookAlikes() {
        String text = TypedInput.text(title);
        if (text == null) {
            return List.of();
        }
        String body = lookAlikeText();
        return matches.lookAlikes(new LookAlikeInput(clip(text, 300), clip(TypedInput.text(lead), 2000),
                clip(body, 100_000), lookAlikeKind(), id));
    }

    private String lookAlikeKind() {
        if (kind() == Project.class) {
            return Project.KIND;
        }
        return kind() == ProcurementNeed.class ? ProcurementNeed.KIND : LearningExample.KIND;
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private boolean neverPublished() {
        return status == null || status == InitiativeStatus.DRAFT;
    }

    public LookAlikeWarning getLookAlikes() {
        return lookAlikes;
    }

    /** The boxes the form's script sends for the comparison, space-separated ids. */
    public String getLookAlikeFields() {
        return String.join(" ", Stream.concat(Stream.of("title", "lead"), lookAlikeTextFields().stream()).toList());
    }

    /** The text is saved; publishing is a step of its own, and if it fails the item's page says so. */
    private String publishSaved(FacesContext context, long savedId) {
        try {
            initiatives.publish(kind(), savedId);
            return "form.done.published";
        } catch (Conflict | AccessDenied e) {
            context.addMessage(null, Texts.error(Texts.get("form.publishFailed")));
            return "form.done.draft";
        }
    }

    InitiativeInput<T> build(TypedInput typed, Map<String, int[]> rowsOf) {
        var participantRows = participants.build(row -> row.toInput(
                typed.choice(ParticipantRole.class, PARTICIPANTS.clientId(participants.getList().indexOf(row), "role"),
                        Texts.get("form.participant.role"), row.getRole())));
        var contactRows = contacts.build(ContactRow::toInput);
        var linkRows = links.build(LinkRow::toInput);
        rowsOf.put(PARTICIPANTS.property(), participantRows.rows());
        rowsOf.put(CONTACTS.property(), contactRows.rows());
        rowsOf.put(LINKS.property(), linkRows.rows());
        var core = new Core(TypedInput.text(title), TypedInput.text(lead), TypedInput.text(ownerOrganisation),
                participantRows.inputs(), TypedInput.terms(policyAreas), TypedInput.terms(tags),
                typed.date("periodFrom", Texts.get("form.periodFrom.label"), periodFrom),
                typed.date("periodTo", Texts.get("form.periodTo.label"), periodTo),
                Boolean.TRUE.equals(ongoing), contactRows.inputs(), linkRows.inputs(), language, version);
        return input(core, typed, rowsOf);
    }

    /** For a refusal naming a row section without a row: the link whose address is not http(s). */
    private int suspectRow(RowSection section) {
        if (section == LINKS) {
            for (int i = 0; i < links.getList().size(); i++) {
                LinkRow row = links.getList().get(i);
                if (!row.isEmpty() && row.isSuspect()) {
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

    /** The bundle's words for what the boundary refused, where it has them; else the boundary's own. */
    private static String invalidInputText(InvalidInput e) {
        String key = "invalid." + e.field();
        return Texts.has(key) ? Texts.get(key) : e.getMessage();
    }

    @Override
    protected FormErrors errors() {
        var order = new ArrayList<>(List.of("title", "lead", "ownerOrganisation", "language"));
        order.addAll(ownFields());
        order.addAll(List.of("policyAreas", "tags", "periodFrom", "periodTo", "ongoing",
                PARTICIPANTS.property(), CONTACTS.property(), LINKS.property()));
        var sections = new ArrayList<>(List.of(PARTICIPANTS, CONTACTS, LINKS));
        sections.addAll(ownRowSections());
        return new FormErrors(order, sections, Texts.words());
    }

    /** The container's validator (a built-in bean in Jakarta EE), else Bean Validation's default one. */
    private Validator validator() {
        if (validator == null) {
            var fromContainer = CDI.current().select(Validator.class);
            validator = fromContainer.isResolvable() ? fromContainer.get()
                    : Validation.buildDefaultValidatorFactory().getValidator();
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

    // --- for the page ---

    public boolean isEditing() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public boolean isFound() {
        return found;
    }

    public boolean isAllowed() {
        return allowed;
    }

    /** A form can be shown: the item exists and may be edited, and the person acts for an organisation. */
    public boolean isShowForm() {
        return found && allowed && !organisationOptions.isEmpty();
    }

    public boolean isNoOrganisation() {
        return found && allowed && organisationOptions.isEmpty();
    }

    public boolean isPublished() {
        return status == InitiativeStatus.PUBLISHED;
    }

    /** Publishing is offered unless the item is published already. */
    public boolean isMayPublish() {
        return status != InitiativeStatus.PUBLISHED;
    }

    public String getSaveLabel() {
        if (status == InitiativeStatus.PUBLISHED) {
            return Texts.get("form.button.saveChanges");
        }
        return status == InitiativeStatus.ARCHIVED ? Texts.get("form.button.save") : Texts.get("form.button.saveDraft");
    }

    public String getHeading() {
        return Texts.get(keys() + "Form.heading." + (isEditing() ? "edit" : "new"));
    }

    /** The page's title: the heading, "Fel: …" first when the form has errors, as screen readers read it first. */
    public String getPageTitle() {
        if (!found) {
            return Texts.get(keys() + ".notFound.title");
        }
        if (!allowed) {
            return Texts.get("form.forbidden.title");
        }
        return isHasErrors() ? Texts.get("form.errorTitle", getHeading()) : getHeading();
    }

    /** Set when saving met someone else's change: the page offers to reload. */
    public boolean isConflict() {
        return conflict;
    }

    /** Message keys of the kind: the page reads {@code #{msg[form.keys += '.notFound.heading']}}. */
    public String getKeys() {
        return keys();
    }

    public String getItemUrl() {
        return site.url(page() + "?id=" + id);
    }

    public String getCancelUrl() {
        return isEditing() ? getItemUrl() : site.url("/");
    }

    public String getReloadUrl() {
        return site.url(form() + (id == null ? "" : "?id=" + id));
    }

    public List<Option> getOrganisationOptions() {
        return organisationOptions;
    }

    /** Every organisation as the participant picker offers it ("Sundsvall (2281)"). */
    public List<String> getOrganisationNames() {
        return organisationNames;
    }

    public List<Option> getLanguageOptions() {
        return Language.SUPPORTED.stream().map(code -> new Option(code, Texts.get("language." + code))).toList();
    }

    public List<Option> getRoleOptions() {
        return Stream.of(ParticipantRole.values()).map(r -> new Option(r.name(), Texts.get("role." + r.name()))).toList();
    }

    /** A choice in a select: the value sent, the label shown. */
    public record Option(String value, String label) implements Serializable {
        static Option of(Organisation organisation) {
            return new Option(organisation.reference(), organisation.name());
        }
    }

    // --- the shared boxes ---

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

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getOwnerOrganisation() {
        return ownerOrganisation;
    }

    public void setOwnerOrganisation(String ownerOrganisation) {
        this.ownerOrganisation = ownerOrganisation;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getPolicyAreas() {
        return policyAreas;
    }

    public void setPolicyAreas(String policyAreas) {
        this.policyAreas = policyAreas;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(String periodFrom) {
        this.periodFrom = periodFrom;
    }

    public String getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(String periodTo) {
        this.periodTo = periodTo;
    }

    public Boolean getOngoing() {
        return ongoing;
    }

    public void setOngoing(Boolean ongoing) {
        this.ongoing = ongoing;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Rows<ParticipantRow> getParticipants() {
        return participants;
    }

    public Rows<ContactRow> getContacts() {
        return contacts;
    }

    public Rows<LinkRow> getLinks() {
        return links;
    }
}
