package se.hjulet.hub.person.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.hjulet.hub.initiative.ui.InitiativePage;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.boundary.Memberships;
import se.hjulet.hub.person.boundary.Memberships.Member;
import se.hjulet.hub.person.entity.MembershipRequest;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.ui.Formats;
import se.hjulet.hub.ui.NetworkActions;
import se.hjulet.hub.ui.Site;
import se.hjulet.hub.ui.Texts;
import se.hjulet.hub.ui.TypedInput;

/**
 * {@code admin/medlemskap.xhtml[?organisation=CODE|NAME]}: platform admins answer every organisation's
 * membership requests in one list, and look up who belongs to an organisation, taking out those an admin
 * let in (memberships from the login's claims or an e-mail domain follow the login and are marked so).
 * The boundary ({@link Memberships}) checks the admin on every call.
 *
 * <p>Request scoped: each button's form sends the organisation (and the request or person) again.
 */
@Named("membershipAdmin")
@RequestScoped
public class MembershipAdmin {

    static final String PAGE = "/admin/medlemskap.xhtml";

    @Inject
    Memberships memberships;

    @Inject
    Organisations organisations;

    @Inject
    Site site;

    @Inject
    Formats formats;

    private String organisationParam;
    private Organisation organisation;
    private boolean looked;
    private List<RequestRow> requests;
    private List<MemberRow> members;

    /** A request waiting for an answer, with the organisation it asks to join. */
    public record RequestRow(long id, String organisation, String organisationReference, String organisationUrl, String name,
                             String email, String message, String asked) {
    }

    /** Someone in the chosen organisation; revocable when an admin let them in. */
    public record MemberRow(long personId, String name, String email, String role, String source, boolean revocable) {
    }

    public List<RequestRow> getRequests() {
        if (requests == null) {
            requests = memberships.allPending().stream().map(this::row).toList();
        }
        return requests;
    }

    private RequestRow row(MembershipRequest r) {
        Organisation o = r.organisation();
        return new RequestRow(r.id(), o.name(), o.reference(), site.url("/organisation.xhtml?code=" + Site.encode(o.reference())),
                r.person().displayName(), r.person().email(), r.message(), formats.instant(r.createdAt()));
    }

    /** The organisation named in the query (a code, or a name without one); null when none or unknown. */
    public Organisation getOrganisation() {
        if (!looked) {
            looked = true;
            String reference = TypedInput.text(organisationParam != null ? organisationParam : parameter("organisation"));
            organisation = reference == null ? null : organisations.byReference(reference).orElse(null);
        }
        return organisation;
    }

    public boolean isUnknownOrganisation() {
        return getOrganisation() == null && TypedInput.text(organisationParam) != null;
    }

    public String getOrganisationUrl() {
        return getOrganisation() == null ? null : site.url("/organisation.xhtml?code=" + Site.encode(organisation.reference()));
    }

    public List<MemberRow> getMembers() {
        if (members == null) {
            members = getOrganisation() == null ? List.of() : memberships.membersOf(organisation).stream().map(this::row).toList();
        }
        return members;
    }

    private MemberRow row(Member m) {
        return new MemberRow(m.personId(), m.name(), m.email(), Texts.get("membership.role." + m.role().name()),
                m.source() == null ? "" : Texts.get("mine.organisations.source." + m.source().name()), m.revocable());
    }

    // --- the buttons: each form sends organisation and request or person ---

    public String approve() {
        return onRequest(true);
    }

    public String reject() {
        return onRequest(false);
    }

    private String onRequest(boolean approve) {
        Long id = InitiativePage.parseId(parameter("request"));
        String reference = parameter("organisation");
        return NetworkActions.run(() -> {
            Organisation o = existing(reference);
            if (id == null) {
                throw new NotFound("no request");
            }
            if (approve) {
                memberships.approve(o, id);
                return "organisation.done.approved";
            }
            memberships.reject(o, id);
            return "organisation.done.rejected";
        }, PAGE, e -> false, "admin.conflict");
    }

    public String revoke() {
        Long personId = InitiativePage.parseId(parameter("person"));
        String reference = parameter("organisation");
        return NetworkActions.run(() -> {
            Organisation o = existing(reference);
            if (personId == null) {
                throw new NotFound("no person");
            }
            memberships.revoke(o, personId);
            return "admin.memberships.done.revoked";
        }, PAGE + "?organisation=" + Site.encode(Optional.ofNullable(reference).orElse("")), e -> false, "admin.memberships.conflict");
    }

    private Organisation existing(String reference) {
        return organisations.byReference(Optional.ofNullable(reference).orElse("")).orElseThrow(() -> new NotFound("no organisation"));
    }

    private static String parameter(String name) {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        return parameters.get(name);
    }

    public String getOrganisationParam() {
        return organisationParam;
    }

    public void setOrganisationParam(String organisationParam) {
        this.organisationParam = organisationParam;
    }
}
