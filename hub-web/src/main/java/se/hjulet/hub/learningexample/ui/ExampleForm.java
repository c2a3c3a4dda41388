package se.hjulet.hub.learningexample.ui;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.hjulet.hub.initiative.boundary.ContactInput;
import se.hjulet.hub.initiative.boundary.LinkInput;
import se.hjulet.hub.initiative.boundary.ParticipantInput;
import se.hjulet.hub.initiative.entity.InitiativeStatus;
import se.hjulet.hub.initiative.entity.ParticipantRole;
import se.hjulet.hub.initiative.ui.InitiativePage;
import se.hjulet.hub.learningexample.boundary.LearningExampleInput;
import se.hjulet.hub.initiative.boundary.Initiatives;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotAuthenticated;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.ui.Failures;
import se.hjulet.hub.ui.Language;
import se.hjulet.hub.ui.Texts;

/**
 * The form for writing a learning example, {@code skriv/exempel.xhtml} (new) and
 * {@code skriv/exempel.xhtml?id=N} (edit). It builds a {@link LearningExampleInput}, checks it with
 * Bean Validation, hands it to {@link Initiatives}, and turns every complaint into a message on
 * the field it is about. On success it redirects to the example's page.
 *
 * <p>The form's ids (the form does not prefix them): title, lead, ownerOrganisation, conclusions,
 * background, implementation, successFactors, results, policyAreas, tags, periodFrom, periodTo,
 * ongoing, language, version, contacts:N:contactName (…Role, …Organisation, …Email, …Phone),
 * links:N:linkTitle, links:N:linkUrl.
 */
@Named("exampleForm")
@ViewScoped
public class ExampleForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int ROWS = 3;
    private static final Pattern LINE = Pattern.compile("\\R");
    private static final Pattern COMMA = Pattern.compile("[,;\\n]");
    /** The fields in the order the form shows them: the error summary follows it. */
    private static final List<String> FIELD_ORDER = List.of("title", "lead", "ownerOrganisation", "language",
            "conclusions", "background", "implementation", "successFactors", "results", "policyAreas", "tags",
            "periodFrom", "periodTo", "ongoing", "contacts", "links");

    @Inject
    Initiatives initiatives;

    @Inject
    People people;

    private transient Validator validator;

    // view parameter and what it led to
    private String idParam;
    private Long id;
    private boolean found = true;
    private boolean allowed = true;
    private boolean conflict;
    private InitiativeStatus status;
    private List<Option> organisationOptions = List.of();

    // the fields
    private String title;
    private String lead;
    private String ownerOrganisation;
    private String conclusions;
    private String background;
    private String implementation;
    private String successFactors;
    private String results;
    private String policyAreas;
    private String tags;
    /** As typed (yyyy-mm-dd from a date input): parsed when saving, so a bad date is one error among the others. */
    private String periodFrom;
    private String periodTo;
    private Boolean ongoing = Boolean.FALSE;
    private String language = "sv";
    private Long version;
    private List<ContactRow> contacts = rows(ContactRow::new, ROWS);
    private List<LinkRow> links = rows(LinkRow::new, ROWS);

    // kept as they were when editing: the form does not show them
    private List<ParticipantRef> participants = List.of();
    private LocalDate originallyPublished;

    /** View action (first request only): the caller's organisations, and the example when editing. */
    public void load() {
        organisationOptions = people.currentIfAny()
                .map(p -> p.organisations().stream().map(Option::of).sorted(Comparator.comparing(Option::label)).toList())
                .orElse(List.of());
        if (idParam == null || idParam.isBlank()) {
            language = "en".equals(Texts.locale().getLanguage()) ? "en" : "sv";
            if (organisationOptions.size() == 1) {
                ownerOrganisation = organisationOptions.get(0).value();
            }
            return;
        }
        Long requested = InitiativePage.parseId(idParam);
        if (requested == null) {
            notFound();
            return;
        }
        try {
            LearningExample example = initiatives.read(LearningExample.class, requested);
            if (!initiatives.mayEdit(example)) {
                allowed = false;
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            id = requested;
            fill(example);
        } catch (NotFound e) {
            notFound();
        }
    }

    private void notFound() {
        found = false;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    }

    private void fill(LearningExample example) {
        status = example.status();
        version = example.version();
        title = example.title();
        lead = example.lead();
        Organisation owner = example.owner();
        ownerOrganisation = owner.reference();
        if (organisationOptions.stream().noneMatch(o -> o.value().equals(owner.reference()))) {
            var options = new ArrayList<>(organisationOptions);
            options.add(0, Option.of(owner));
            organisationOptions = List.copyOf(options);
        }
        conclusions = String.join("\n", example.conclusions());
        background = example.background();
        implementation = example.implementation();
        successFactors = String.join("\n", example.successFactors());
        results = example.results();
        policyAreas = String.join(", ", example.policyAreas());
        tags = String.join(", ", example.tags());
        periodFrom = example.period().from() == null ? null : example.period().from().toString();
        periodTo = example.period().to() == null ? null : example.period().to().toString();
        ongoing = example.period().ongoing();
        language = example.language();
        originallyPublished = example.originallyPublished();
        participants = example.participants().stream()
                .map(p -> new ParticipantRef(p.organisation().reference(), p.role()))
                .toList();
        contacts = rows(ContactRow::new, Math.max(ROWS, example.contacts().size()));
        for (int i = 0; i < example.contacts().size(); i++) {
            var contact = example.contacts().get(i);
            ContactRow row = contacts.get(i);
            row.setName(contact.name());
            row.setRole(contact.role());
            row.setOrganisation(contact.organisation());
            row.setEmail(contact.email());
            row.setPhone(contact.phone());
        }
        links = rows(LinkRow::new, Math.max(ROWS, example.links().size()));
        for (int i = 0; i < example.links().size(); i++) {
            links.get(i).setTitle(example.links().get(i).title());
            links.get(i).setUrl(example.links().get(i).url());
        }
    }

    // --- the buttons ---

    /** "Spara utkast" (or "Spara ändringar" for a published example, which stays published). */
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
        Built built = build();
        var errors = new ArrayList<FieldError>();
        dateError("periodFrom", periodFrom).ifPresent(errors::add);
        dateError("periodTo", periodTo).ifPresent(errors::add);
        errors.addAll(violations(built));
        errors.sort(Comparator.comparingInt(e -> e.clientId() == null ? FIELD_ORDER.size() : rankOfClientId(e.clientId())));
        if (!errors.isEmpty()) {
            report(context, errors);
            return null;
        }
        try {
            LearningExample saved = isEditing() ? initiatives.update(id, built.input())
                    : initiatives.draft(built.input());
            long savedId = saved.id();
            context.addMessage(null, Texts.info(Texts.get(saved.status() == InitiativeStatus.PUBLISHED ? "form.done.saved"
                    : publish ? publishSaved(context, savedId) : "form.done.draft")));
            context.getExternalContext().getFlash().setKeepMessages(true);
            return "/exempel.xhtml?faces-redirect=true&id=" + savedId;
        } catch (InvalidInput e) {
            report(context, List.of(new FieldError(clientIdFor(e.field(), built), invalidInputText(e))));
        } catch (Conflict e) {
            conflict(context);
        } catch (AccessDenied e) {
            globalError(context, Texts.get("form.accessDenied"));
        } catch (NotFound e) {
            globalError(context, Texts.get("form.notFound"));
        } catch (NotAuthenticated e) {
            globalError(context, Texts.get("form.notAuthenticated"));
        } catch (RuntimeException e) {
            Failures.Kind kind = Failures.kindOf(e);
            if (kind == Failures.Kind.LOST_UPDATE || kind == Failures.Kind.CLASH) {
                conflict(context);
            } else if (kind == Failures.Kind.DATABASE_UNAVAILABLE) {
                globalError(context, Texts.get("form.databaseUnavailable"));
            } else if (Failures.causeOf(e, ConstraintViolationException.class).isPresent()) {
                var violations = Failures.causeOf(e, ConstraintViolationException.class).get().getConstraintViolations();
                report(context, errorsOf(violations, built));
            } else {
                throw e;
            }
        }
        return null;
    }

    /** The text is saved; publishing is a step of its own, and if it fails the example page says so. */
    private String publishSaved(FacesContext context, long savedId) {
        try {
            initiatives.publish(LearningExample.class, savedId);
            return "form.done.published";
        } catch (Conflict | AccessDenied e) {
            context.addMessage(null, Texts.error(Texts.get("form.publishFailed")));
            return "form.done.draft";
        }
    }

    private void conflict(FacesContext context) {
        conflict = true;
        globalError(context, Texts.get("form.conflict"));
    }

    private static void globalError(FacesContext context, String text) {
        context.addMessage(null, Texts.error(text));
        context.validationFailed();
    }

    // --- from the fields to the input ---

    /** The input and, for contacts and links, which row each entry came from (empty rows are left out). */
    record Built(LearningExampleInput input, int[] contactRows, int[] linkRows) {
    }

    Built build() {
        var contactInputs = new ArrayList<ContactInput>();
        var contactRows = new ArrayList<Integer>();
        for (int i = 0; i < contacts.size(); i++) {
            ContactRow row = contacts.get(i);
            if (!row.isEmpty()) {
                contactInputs.add(new ContactInput(text(row.getName()), text(row.getRole()),
                        text(row.getOrganisation()), text(row.getEmail()), text(row.getPhone())));
                contactRows.add(i);
            }
        }
        var linkInputs = new ArrayList<LinkInput>();
        var linkRows = new ArrayList<Integer>();
        for (int i = 0; i < links.size(); i++) {
            LinkRow row = links.get(i);
            if (!row.isEmpty()) {
                linkInputs.add(new LinkInput(text(row.getTitle()), text(row.getUrl())));
                linkRows.add(i);
            }
        }
        var input = new LearningExampleInput(
                text(title), text(lead), text(ownerOrganisation),
                participants.stream().map(p -> new ParticipantInput(p.organisation(), p.role())).toList(),
                lines(conclusions), text(background), text(implementation), lines(successFactors), text(results),
                terms(policyAreas), terms(tags),
                date(periodFrom), date(periodTo), Boolean.TRUE.equals(ongoing),
                contactInputs, linkInputs, language, originallyPublished, version);
        return new Built(input, contactRows.stream().mapToInt(Integer::intValue).toArray(),
                linkRows.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The date typed as yyyy-mm-dd; null when empty or not a date (which {@link #dateError} reports). */
    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Optional<FieldError> dateError(String field, String value) {
        if (value != null && !value.isBlank() && date(value) == null) {
            return Optional.of(new FieldError(field, Texts.get("form." + field + ".invalid")));
        }
        return Optional.empty();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One entry per line; blank lines are dropped. */
    static List<String> lines(String value) {
        if (value == null) {
            return List.of();
        }
        return LINE.splitAsStream(value).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Comma separated terms (semicolons and new lines count as commas too); blanks and repeats are dropped. */
    static Set<String> terms(String value) {
        if (value == null) {
            return Set.of();
        }
        return COMMA.splitAsStream(value).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    // --- from complaints to messages on fields ---

    record FieldError(String clientId, String text) {
    }

    private List<FieldError> violations(Built built) {
        return errorsOf(validator().validate(built.input()), built);
    }

    private List<FieldError> errorsOf(Collection<? extends ConstraintViolation<?>> violations, Built built) {
        var seen = new LinkedHashSet<FieldError>();
        violations.stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<?> v) -> fieldRank(v))
                        .thenComparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> seen.add(errorOf(v, built)));
        return List.copyOf(seen);
    }

    private static int fieldRank(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = propertyNodes(violation);
        int rank = nodes.isEmpty() ? -1 : FIELD_ORDER.indexOf(nodes.get(0).getName());
        return rank < 0 ? FIELD_ORDER.size() : rank;
    }

    private static List<Path.Node> propertyNodes(ConstraintViolation<?> violation) {
        var nodes = new ArrayList<Path.Node>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    private FieldError errorOf(ConstraintViolation<?> violation, Built built) {
        List<Path.Node> nodes = propertyNodes(violation);
        String field = nodes.isEmpty() ? null : nodes.get(0).getName();
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object max = attributes.get("max");
        boolean tooMany = violation.getInvalidValue() instanceof Collection<?>;

        if (("contacts".equals(field) || "links".equals(field)) && nodes.size() > 1 && !tooMany) {
            Path.Node inner = nodes.get(1);
            int[] rows = "contacts".equals(field) ? built.contactRows() : built.linkRows();
            Integer index = inner.getIndex();
            int row = index != null && index < rows.length ? rows[index] : 0;
            String prefix = "contacts".equals(field) ? "contact" : "link";
            String property = inner.getName();
            String clientId = field + ":" + row + ":" + prefix + capitalise(property);
            String label = Texts.get("form." + prefix + "." + property) + " (" + Texts.get("form." + prefix + ".legend", row + 1) + ")";
            return new FieldError(clientId, switch (constraint) {
                case "NotBlank", "NotNull", "NotEmpty" -> Texts.get("error." + prefix + "." + property + ".required", row + 1);
                case "Email" -> Texts.get("error.email", row + 1);
                case "Size" -> Texts.get("error.tooLong", label, max);
                default -> label + ": " + violation.getMessage();
            });
        }
        String clientId = field != null && FIELD_ORDER.contains(field) && !"contacts".equals(field)
                && !"links".equals(field) ? field : null;
        String label = field == null ? "" : Texts.get("form." + field + ".label");
        String text = switch (constraint) {
            case "NotBlank", "NotNull", "NotEmpty" -> Texts.get("error.required." + field);
            case "Size" -> tooMany ? Texts.get("error.tooMany", label, max)
                    : isListField(field) ? Texts.get("error.itemTooLong", label, max)
                    : Texts.get("error.tooLong", label, max);
            default -> label.isEmpty() ? violation.getMessage() : label + ": " + violation.getMessage();
        };
        if (text.startsWith("???")) {
            text = Texts.get("error.requiredGeneric", label);
        }
        return new FieldError(clientId, text);
    }

    private static boolean isListField(String field) {
        return List.of("conclusions", "successFactors", "policyAreas", "tags").contains(field);
    }

    private static String capitalise(String name) {
        return name == null || name.isEmpty() ? "" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The component an {@link InvalidInput}'s field is about; null for the page as a whole. */
    String clientIdFor(String field, Built built) {
        if (field == null) {
            return null;
        }
        if (FIELD_ORDER.contains(field) && !"contacts".equals(field) && !"links".equals(field)) {
            return field;
        }
        if ("links".equals(field) && built.linkRows().length > 0) {
            for (int row : built.linkRows()) {
                String url = links.get(row).getUrl();
                if (url == null || !url.strip().toLowerCase().matches("https?://.+")) {
                    return "links:" + row + ":linkUrl";
                }
            }
            return "links:" + built.linkRows()[0] + ":linkUrl";
        }
        if ("contacts".equals(field) && built.contactRows().length > 0) {
            return "contacts:" + built.contactRows()[0] + ":contactName";
        }
        return null;
    }

    /** The bundle's words for what the boundary refused, where it has them; else the boundary's own. */
    private static String invalidInputText(InvalidInput e) {
        String key = "invalid." + e.field();
        return Texts.has(key) ? Texts.get(key) : e.getMessage();
    }

    /**
     * Messages on the fields, page-wide ones for the rest. The inputs stay "valid" for Faces, so they
     * show what the person typed; {@link #ariaInvalid} marks them from their messages.
     */
    private static void report(FacesContext context, List<FieldError> errors) {
        for (FieldError error : errors) {
            context.addMessage(error.clientId(), Texts.error(error.text()));
        }
        context.validationFailed();
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

    // --- for the page ---

    /** The error summary: every field message, in the form's order, each with the field it links to. */
    public List<SummaryEntry> getErrors() {
        FacesContext context = FacesContext.getCurrentInstance();
        var entries = new ArrayList<SummaryEntry>();
        var clientIds = context.getClientIdsWithMessages();
        while (clientIds.hasNext()) {
            String clientId = clientIds.next();
            if (clientId == null) {
                continue;
            }
            context.getMessageList(clientId).stream()
                    .filter(m -> m.getSeverity() == FacesMessage.SEVERITY_ERROR || m.getSeverity() == FacesMessage.SEVERITY_FATAL)
                    .forEach(m -> entries.add(new SummaryEntry(clientId, m.getSummary())));
        }
        entries.sort(Comparator.comparingInt(e -> rankOfClientId(e.clientId())));
        return entries;
    }

    private static final List<String> ROW_FIELD_ORDER = List.of("contactName", "contactRole", "contactOrganisation",
            "contactEmail", "contactPhone", "linkTitle", "linkUrl");

    /** Form order: the field, then for contacts and links the row and the box within it. */
    private static int rankOfClientId(String clientId) {
        String[] parts = clientId.split(":");
        int rank = FIELD_ORDER.indexOf(parts[0]);
        int result = (rank < 0 ? FIELD_ORDER.size() : rank) * 10_000;
        if (parts.length == 3) {
            try {
                result += Integer.parseInt(parts[1]) * 10 + Math.max(0, ROW_FIELD_ORDER.indexOf(parts[2]));
            } catch (NumberFormatException ignored) {
                // not a row: rank of the field alone
            }
        }
        return result;
    }

    public record SummaryEntry(String clientId, String text) {
        /** The link to the field: "#title", "#contacts:0:contactEmail". */
        public String href() {
            return "#" + clientId;
        }
    }

    public boolean isHasErrors() {
        return !getErrors().isEmpty();
    }

    /** {@code p:aria-invalid="#{exampleForm.ariaInvalid(component.clientId)}"}. */
    public String ariaInvalid(String clientId) {
        return hasMessage(clientId) ? "true" : "false";
    }

    /** The hint's id (if any) and, when the field has an error, the error's id (clientId + "-error"). */
    public String describedBy(String clientId, String hintId) {
        var ids = new ArrayList<String>();
        if (hintId != null && !hintId.isBlank()) {
            ids.add(hintId);
        }
        if (hasMessage(clientId)) {
            ids.add(clientId + "-error");
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    private static boolean hasMessage(String clientId) {
        return clientId != null && !FacesContext.getCurrentInstance().getMessageList(clientId).isEmpty();
    }

    public boolean isEditing() {
        return id != null;
    }

    public boolean isFound() {
        return found;
    }

    public boolean isAllowed() {
        return allowed;
    }

    /** A form can be shown: the example exists and may be edited, and the person acts for an organisation. */
    public boolean isShowForm() {
        return found && allowed && !organisationOptions.isEmpty();
    }

    public boolean isNoOrganisation() {
        return found && allowed && organisationOptions.isEmpty();
    }

    public boolean isPublished() {
        return status == InitiativeStatus.PUBLISHED;
    }

    /** Publishing is offered unless the example is published already. */
    public boolean isMayPublish() {
        return status != InitiativeStatus.PUBLISHED;
    }

    public String getSaveLabel() {
        if (status == InitiativeStatus.PUBLISHED) {
            return Texts.get("form.button.saveChanges");
        }
        return status == InitiativeStatus.ARCHIVED ? Texts.get("form.button.save") : Texts.get("form.button.saveDraft");
    }

    /** The page's title: the heading, "Fel: …" first when the form has errors, as screen readers read it first. */
    public String getPageTitle() {
        if (!found) {
            return Texts.get("example.notFound.title");
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

    public String getCancelUrl() {
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return isEditing() ? getExampleUrl() : contextPath + "/";
    }

    public String getHeading() {
        return isEditing() ? Texts.get("form.heading.edit") : Texts.get("form.heading.new");
    }

    public String getExampleUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/exempel.xhtml?id=" + id;
    }

    public String getReloadUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/skriv/exempel.xhtml"
                + (id == null ? "" : "?id=" + id);
    }

    public List<Option> getOrganisationOptions() {
        return organisationOptions;
    }

    public List<Option> getLanguageOptions() {
        return Language.SUPPORTED.stream().map(code -> new Option(code, Texts.get("language." + code))).toList();
    }

    /** A choice in a select: the value sent, the label shown. */
    public record Option(String value, String label) implements Serializable {
        static Option of(Organisation organisation) {
            return new Option(organisation.reference(), organisation.name());
        }
    }

    /** A participating organisation as the example had it, passed on unchanged when saving. */
    public record ParticipantRef(String organisation, ParticipantRole role) implements Serializable {
    }

    public static class ContactRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int number;
        private String name;
        private String role;
        private String organisation;
        private String email;
        private String phone;

        ContactRow(int number) {
            this.number = number;
        }

        boolean isEmpty() {
            return Arrays.stream(new String[] {name, role, organisation, email, phone}).allMatch(v -> v == null || v.isBlank());
        }

        /** 1, 2, 3…: for the legend "Kontaktperson 1". */
        public int getNumber() {
            return number;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }
    }

    public static class LinkRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int number;
        private String title;
        private String url;

        LinkRow(int number) {
            this.number = number;
        }

        boolean isEmpty() {
            return (title == null || title.isBlank()) && (url == null || url.isBlank());
        }

        public int getNumber() {
            return number;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }
    }

    private static <T> List<T> rows(java.util.function.IntFunction<T> row, int count) {
        var list = new ArrayList<T>(count);
        for (int i = 1; i <= count; i++) {
            list.add(row.apply(i));
        }
        return list;
    }

    // --- getters and setters for the fields ---

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public Long getId() {
        return id;
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

    public String getConclusions() {
        return conclusions;
    }

    public void setConclusions(String conclusions) {
        this.conclusions = conclusions;
    }

    public String getBackground() {
        return background;
    }

    public void setBackground(String background) {
        this.background = background;
    }

    public String getImplementation() {
        return implementation;
    }

    public void setImplementation(String implementation) {
        this.implementation = implementation;
    }

    public String getSuccessFactors() {
        return successFactors;
    }

    public void setSuccessFactors(String successFactors) {
        this.successFactors = successFactors;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<ContactRow> getContacts() {
        return contacts;
    }

    public List<LinkRow> getLinks() {
        return links;
    }

}
