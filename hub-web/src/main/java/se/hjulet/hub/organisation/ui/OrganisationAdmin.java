package se.hjulet.hub.organisation.ui;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.hjulet.hub.organisation.boundary.OrganisationInput;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.organisation.entity.OrganisationKind;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.ui.FormBean;
import se.hjulet.hub.ui.FormErrors;
import se.hjulet.hub.ui.FormErrors.FieldError;
import se.hjulet.hub.ui.NetworkActions;
import se.hjulet.hub.ui.Site;
import se.hjulet.hub.ui.Texts;
import se.hjulet.hub.ui.TypedInput;

/**
 * {@code admin/organisationer.xhtml}: platform admins add a federation (kommunalförbund) with its member
 * municipalities, an agency or another organisation, and see the federations, agencies and others there are.
 * The boundary ({@link Organisations#add}) checks the admin and the input; its refusals land on the box they
 * name, as in every form ({@link FormErrors}), and nothing is stored unless all of it is.
 *
 * <p>Ids: kind, name, code, countyCode, members.
 */
@Named("organisationAdmin")
@ViewScoped
public class OrganisationAdmin extends FormBean {

    private static final long serialVersionUID = 1L;
    private static final List<String> FIELDS = List.of("kind", "name", "code", "countyCode", "members");
    private static final List<String> COUNTIES = List.of("01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14",
            "17", "18", "19", "20", "21", "22", "23", "24", "25");
    /** Municipalities and regions are reference data loaded by a migration; admins add the others. */
    private static final List<OrganisationKind> ADDED_BY_ADMINS = List.of(OrganisationKind.FEDERATION, OrganisationKind.AGENCY,
            OrganisationKind.OTHER);

    @Inject
    Organisations organisations;

    @Inject
    Site site;

    private transient Validator validator;

    private String kind = OrganisationKind.FEDERATION.name();
    private String name;
    private String code;
    private String countyCode;
    private String members;
    /** Read once per view; adding one redirects to a new view, which reads them again. */
    private transient List<KindList> added;

    /** A choice of a select: the value sent, the label shown. */
    public record Option(String value, String label) implements Serializable {
    }

    /** An organisation in the lists: its page, kind and (for a federation) its members by name. */
    public record Row(String name, String code, String url, List<String> members) implements Serializable {
    }

    public List<Option> getKinds() {
        return ADDED_BY_ADMINS.stream().map(k -> new Option(k.name(), Texts.get("organisation.kind." + k.name()))).toList();
    }

    public List<Option> getCounties() {
        return COUNTIES.stream().map(c -> new Option(c, Texts.get("county." + c))).toList();
    }

    /** The organisations admins added, one list per kind: "Kommunalförbund (3)". */
    public record KindList(String kind, String label, List<Row> rows) implements Serializable {
    }

    public List<KindList> getAdded() {
        if (added == null) {
            added = addedByAdmins();
        }
        return added;
    }

    private List<KindList> addedByAdmins() {
        return ADDED_BY_ADMINS.stream()
                .map(k -> new KindList(k.name().toLowerCase(Locale.ROOT), Texts.get("organisation.kind." + k.name()),
                        organisations.all(k).stream().map(this::row).toList()))
                .toList();
    }

    private Row row(Organisation o) {
        List<String> memberNames = o.isFederation() ? organisations.membersOf(o).stream().map(Organisation::name).toList() : List.of();
        return new Row(o.name(), o.code(), site.url("/organisation.xhtml?code=" + Site.encode(o.reference())), memberNames);
    }

    /** "Lägg till organisationen": checks the boxes, adds it, and comes back with its name in the message. */
    public String add() {
        FacesContext context = FacesContext.getCurrentInstance();
        var errors = new ArrayList<FieldError>();
        OrganisationKind chosen = null;
        if (TypedInput.text(kind) == null) {
            errors.add(new FieldError("kind", Texts.get("admin.organisation.kind.required")));
        } else {
            try {
                chosen = OrganisationKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("kind", Texts.get("error.choice", Texts.get("admin.organisation.kind.label"))));
            }
        }
        var input = new OrganisationInput(chosen == null ? OrganisationKind.OTHER : chosen, TypedInput.text(name), TypedInput.text(code),
                TypedInput.text(countyCode), List.copyOf(TypedInput.terms(members)));
        errors.addAll(errors().of(validator().validate(input), Map.of()));
        errors.addAll(memberErrors(chosen, input.members()));
        if (!errors.isEmpty()) {
            report(context, errors);
            return null;
        }
        return NetworkActions.run(() -> {
            organisations.add(input);
            return "admin.organisation.done";
        }, "/admin/organisationer.xhtml", this::onField, "admin.conflict");
    }

    /**
     * The members box in the person's words before the boundary is asked (it refuses the same, in English):
     * only a federation has members, and each must be an organisation the hub knows, by code or name.
     */
    private List<FieldError> memberErrors(OrganisationKind chosen, List<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        if (chosen != null && chosen != OrganisationKind.FEDERATION) {
            return List.of(new FieldError("members", Texts.get("admin.organisation.members.onlyFederations")));
        }
        List<String> unknown = references.stream().filter(r -> organisations.byReference(r).isEmpty()).toList();
        return unknown.isEmpty() ? List.of()
                : List.of(new FieldError("members", Texts.get("admin.organisation.members.unknown", String.join(", ", unknown))));
    }

    /** A refusal that names a box of this form goes on it, in the bundle's words where it has them. */
    private boolean onField(InvalidInput e) {
        if (!FIELDS.contains(e.field())) {
            return false;
        }
        String key = "admin.organisation." + e.field() + ".invalid";
        report(FacesContext.getCurrentInstance(), List.of(new FieldError(e.field(), Texts.has(key) ? Texts.get(key) : e.getMessage())));
        return true;
    }

    @Override
    protected FormErrors errors() {
        return errorsIn(Texts.words());
    }

    /** The form's boxes in order; labels and "required" words are this form's own ({@code admin.organisation.*}). */
    static FormErrors errorsIn(FormErrors.Words words) {
        return new FormErrors(FIELDS, List.of(), new FormErrors.Words() {
            @Override
            public String get(String key, Object... arguments) {
                return words.get(own(key), arguments);
            }

            @Override
            public boolean has(String key) {
                return words.has(own(key));
            }
        });
    }

    /** form.name.label → admin.organisation.name.label; error.required.name → admin.organisation.name.required. */
    private static String own(String key) {
        for (String field : FIELDS) {
            if (key.equals("form." + field + ".label")) {
                return "admin.organisation." + field + ".label";
            }
            if (key.equals("error.required." + field)) {
                return "admin.organisation." + field + ".required";
            }
        }
        return key;
    }

    private Validator validator() {
        if (validator == null) {
            var fromContainer = CDI.current().select(Validator.class);
            validator = fromContainer.isResolvable() ? fromContainer.get() : Validation.buildDefaultValidatorFactory().getValidator();
        }
        return validator;
    }

    /** The page's title: "Fel: …" when the form has errors, as screen readers read it first. */
    public String getPageTitle() {
        return isHasErrors() ? Texts.get("form.errorTitle", Texts.get("admin.organisations.title")) : Texts.get("admin.organisations.title");
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public void setCountyCode(String countyCode) {
        this.countyCode = countyCode;
    }

    public String getMembers() {
        return members;
    }

    public void setMembers(String members) {
        this.members = members;
    }
}
