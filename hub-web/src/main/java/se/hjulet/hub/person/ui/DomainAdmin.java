package se.hjulet.hub.person.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.boundary.Memberships;
import se.hjulet.hub.person.entity.EmailDomain;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.ui.FormBean;
import se.hjulet.hub.ui.FormErrors;
import se.hjulet.hub.ui.FormErrors.FieldError;
import se.hjulet.hub.ui.NetworkActions;
import se.hjulet.hub.ui.Site;
import se.hjulet.hub.ui.Texts;
import se.hjulet.hub.ui.TypedInput;

/**
 * {@code admin/domaner.xhtml}: platform admins map e-mail domains to organisations (a person who logs in with a
 * verified address there becomes a member) and remove them, with every mapped domain in one list. The boundary
 * ({@link Memberships#mapDomain}) checks the admin and the domain; complaints land on their box.
 *
 * <p>Ids: domain, organisation.
 */
@Named("domainAdmin")
@RequestScoped
public class DomainAdmin extends FormBean {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/admin/domaner.xhtml";
    private static final List<String> FIELDS = List.of("domain", "organisation");

    @Inject
    Memberships memberships;

    @Inject
    Organisations organisations;

    @Inject
    Site site;

    private String domain;
    private String organisation;
    private List<Row> rows;

    /** A mapped domain and the organisation whose members it makes. */
    public record Row(String domain, String organisation, String organisationReference, String organisationUrl) {
    }

    public List<Row> getDomains() {
        if (rows == null) {
            rows = memberships.allDomains().stream().map(this::row).toList();
        }
        return rows;
    }

    private Row row(EmailDomain d) {
        Organisation o = d.organisation();
        return new Row(d.domain(), o.name(), o.reference(), site.url("/organisation.xhtml?code=" + Site.encode(o.reference())));
    }

    /** "Lägg till domänen": both boxes filled, a known organisation, a domain nobody else has; then the boundary. */
    public String map() {
        FacesContext context = FacesContext.getCurrentInstance();
        var errors = new ArrayList<FieldError>();
        String typedDomain = TypedInput.text(domain);
        String typedOrganisation = TypedInput.text(organisation);
        if (typedDomain == null) {
            errors.add(new FieldError("domain", Texts.get("admin.domains.domain.required")));
        } else {
            try {
                String normalised = EmailDomain.normalise(typedDomain);
                getDomains().stream().filter(r -> r.domain().equals(normalised)).findFirst().ifPresent(r ->
                        errors.add(new FieldError("domain", Texts.get("admin.domains.domain.taken", normalised, r.organisation()))));
            } catch (InvalidInput e) {
                errors.add(new FieldError("domain", Texts.get("organisation.invalid.domain")));
            }
        }
        Optional<Organisation> target = Optional.empty();
        if (typedOrganisation == null) {
            errors.add(new FieldError("organisation", Texts.get("admin.domains.organisation.required")));
        } else {
            target = organisations.byReference(typedOrganisation);
            if (target.isEmpty()) {
                errors.add(new FieldError("organisation", Texts.get("admin.domains.organisation.unknown", typedOrganisation)));
            }
        }
        if (!errors.isEmpty()) {
            report(context, errors);
            return null;
        }
        Organisation chosen = target.orElseThrow();
        return NetworkActions.run(() -> {
            memberships.mapDomain(chosen, typedDomain);
            return "organisation.done.domainMapped";
        }, PAGE, this::onField, "admin.conflict");
    }

    /** "Ta bort": the form sends the domain and its organisation. */
    public String unmap() {
        var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String mapped = parameters.get("mapped");
        String reference = parameters.get("mappedOrganisation");
        return NetworkActions.run(() -> {
            Organisation o = organisations.byReference(Optional.ofNullable(reference).orElse(""))
                    .orElseThrow(() -> new NotFound("no organisation"));
            memberships.unmapDomain(o, Optional.ofNullable(mapped).orElse(""));
            return "organisation.done.domainUnmapped";
        }, PAGE, e -> false, "admin.conflict");
    }

    private boolean onField(InvalidInput e) {
        if (!FIELDS.contains(e.field())) {
            return false;
        }
        report(FacesContext.getCurrentInstance(), List.of(new FieldError(e.field(),
                "domain".equals(e.field()) ? Texts.get("organisation.invalid.domain") : e.getMessage())));
        return true;
    }

    @Override
    protected FormErrors errors() {
        return new FormErrors(FIELDS, List.of(), Texts.words());
    }

    public String getPageTitle() {
        return isHasErrors() ? Texts.get("form.errorTitle", Texts.get("admin.domains.title")) : Texts.get("admin.domains.title");
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
