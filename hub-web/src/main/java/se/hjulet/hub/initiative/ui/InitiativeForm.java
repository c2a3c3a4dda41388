package se.hjulet.hub.initiative.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.hjulet.hub.initiative.boundary.ContactInput;
import se.hjulet.hub.initiative.boundary.LinkInput;
import se.hjulet.hub.initiative.boundary.ParticipantInput;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotAuthenticated;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.ui.Failures;
import se.hjulet.hub.ui.Site;
import se.hjulet.hub.ui.Texts;

/**
 * What the project and procurement-need forms share: the core fields, loading an item to edit (only
 * for members of its owner), Bean Validation of the input record, and turning every refusal into a
 * message on the field it names (or at the top when no field of the form has that name).
 */
public abstract class InitiativeForm<T extends Initiative> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected People people;

    @Inject
    protected Site site;

    private String idParam;
    protected Long id;
    protected Long version;
    private boolean found = true;
    private boolean allowed = true;
    protected String title;
    protected String lead;
    protected String ownerOrganisation;
    protected String policyAreas;
    protected String tags;
    protected LocalDate periodFrom;
    protected LocalDate periodTo;
    protected boolean ongoing;
    private List<Option> organisationOptions = List.of();
    /** What the form does not show is carried from the stored item into the saved input unchanged. */
    private List<ParticipantInput> participants = List.of();
    private List<ContactInput> contacts = List.of();
    private List<LinkInput> links = List.of();
    private String language;

    public record Option(String value, String label) {
    }

    protected abstract T read(long id);

    protected abstract boolean mayEdit(T item);

    /** Fills the kind's own fields from the item being edited. */
    protected abstract void fill(T item);

    /** Validates and saves the form's input; answers the saved item's id. */
    protected abstract long store();

    protected abstract String page();

    /** The ids of the form's fields: an error naming one of them is shown beside it. */
    protected abstract Set<String> fields();

    public void load() {
        var person = people.currentIfAny();
        if (person.isEmpty()) {
            redirect(site.getLoginUrl());
            return;
        }
        organisationOptions = person.get().organisations().stream()
                .map(o -> new Option(o.reference(), o.name())).toList();
        if (idParam == null || idParam.isBlank()) {
            if (ownerOrganisation == null && !organisationOptions.isEmpty()) {
                ownerOrganisation = organisationOptions.get(0).value();
            }
            return;
        }
        Long requested = InitiativePage.parseId(idParam);
        try {
            T item = read(requested == null ? -1 : requested);
            if (!mayEdit(item)) {
                allowed = false;
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            id = item.id();
            version = item.version();
            title = item.title();
            lead = item.lead();
            ownerOrganisation = item.owner().reference();
            policyAreas = String.join(", ", item.policyAreas());
            tags = String.join(", ", item.tags());
            periodFrom = item.period().from();
            periodTo = item.period().to();
            ongoing = item.period().ongoing();
            participants = item.participants().stream().map(ParticipantInput::of).toList();
            contacts = item.contacts().stream().map(ContactInput::of).toList();
            links = item.links().stream().map(LinkInput::of).toList();
            language = item.language();
            fill(item);
        } catch (NotFound e) {
            found = false;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public String save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            long saved = store();
            context.addMessage(null, Texts.info(Texts.get("initiativeForm.saved")));
            context.getExternalContext().getFlash().setKeepMessages(true);
            return page() + "?faces-redirect=true&id=" + saved;
        } catch (InvalidInput e) {
            error(e.field(), e.getMessage());
        } catch (Conflict e) {
            context.addMessage(null, Texts.error(e.getMessage()));
        } catch (AccessDenied e) {
            context.addMessage(null, Texts.error(e.getMessage()));
        } catch (NotAuthenticated e) {
            redirect(site.getLoginUrl());
        } catch (NotFound e) {
            context.addMessage(null, Texts.error(e.getMessage()));
        } catch (RuntimeException e) {
            switch (Failures.kindOf(e)) {
                case LOST_UPDATE, CLASH -> context.addMessage(null, Texts.error(Texts.get("initiativeForm.conflict")));
                case DATABASE_UNAVAILABLE -> context.addMessage(null, Texts.error(Texts.get("form.databaseUnavailable")));
                default -> throw e;
            }
        }
        return null;
    }

    /** Bean Validation of the input record, as the REST API does it: each violation on its field. */
    protected <I> boolean valid(I input) {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        Set<ConstraintViolation<I>> violations = validator.validate(input);
        violations.forEach(v -> error(v.getPropertyPath().toString().replaceAll("\\[.*", ""), v.getMessage()));
        return violations.isEmpty();
    }

    private void error(String field, String text) {
        String root = field == null ? "" : field.split("[.\\[]")[0];
        FacesMessage message = Texts.error(text);
        FacesContext.getCurrentInstance().addMessage(fields().contains(root) ? root : null, message);
    }

    private static void redirect(String url) {
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(url);
            FacesContext.getCurrentInstance().responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The participants of the item being edited (none for a new one): the form has no fields for them yet. */
    protected List<ParticipantInput> carriedParticipants() {
        return participants;
    }

    protected List<ContactInput> carriedContacts() {
        return contacts;
    }

    protected List<LinkInput> carriedLinks() {
        return links;
    }

    /** The item's language, or null for a new one (the hub's default). */
    protected String carriedLanguage() {
        return language;
    }

    protected static Set<String> terms(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    protected static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    public boolean isFound() {
        return found;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public boolean isShowForm() {
        return found && allowed && !organisationOptions.isEmpty();
    }

    public boolean isNoOrganisation() {
        return found && allowed && organisationOptions.isEmpty();
    }

    public boolean isEditing() {
        return id != null;
    }

    public List<Option> getOrganisationOptions() {
        return organisationOptions;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
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

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public boolean isOngoing() {
        return ongoing;
    }

    public void setOngoing(boolean ongoing) {
        this.ongoing = ongoing;
    }
}
