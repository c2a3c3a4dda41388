package se.hjulet.hub.organisation.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import se.hjulet.hub.initiative.boundary.Initiatives;
import se.hjulet.hub.initiative.boundary.Portfolios;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.entity.InitiativeStatus;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.organisation.entity.OrganisationKind;
import se.hjulet.hub.participation.boundary.Participations;
import se.hjulet.hub.participation.entity.ParticipationStatus;
import se.hjulet.hub.person.boundary.Memberships;
import se.hjulet.hub.person.boundary.Memberships.Member;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.person.entity.MembershipRole;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotAuthenticated;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.procurement.entity.ProcurementNeed;
import se.hjulet.hub.ui.Failures;
import se.hjulet.hub.ui.Formats;
import se.hjulet.hub.ui.Site;
import se.hjulet.hub.ui.Texts;
import se.hjulet.hub.ui.TypedInput;

/**
 * An organisation's page, {@code organisation.xhtml?code=2281}: for everyone its portfolio by kind and
 * status, its federations and (for a federation) its members, its needs open for partners and how many
 * people it has in Hjulet. For its members also the dashboard of "my organisation": drafts, items to
 * confirm as still current, participation waiting for a decision, its people; for its admins membership
 * requests and granting memberships; for platform admins its e-mail domains.
 *
 * <p>Request scoped: a button press names the organisation again in its form's hidden {@code code}.
 */
@Named("organisationPage")
@RequestScoped
public class OrganisationPage {

    @Inject
    Organisations organisations;

    @Inject
    Portfolios portfolios;

    @Inject
    Memberships memberships;

    @Inject
    Participations participations;

    @Inject
    Initiatives initiatives;

    @Inject
    People people;

    @Inject
    Formats formats;

    @Inject
    Site site;

    private String codeParam;
    private boolean loaded;
    private Organisation organisation;
    private List<Initiative> portfolio;

    // what the forms send
    private String message;
    private String personQuery;
    private String role = MembershipRole.MEMBER.name();
    private String domain;
    private List<Member> foundPeople;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        String code = codeParam != null ? codeParam
                : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        organisation = code == null || code.isBlank() ? null : organisations.byReference(code.strip()).orElse(null);
        if (organisation == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        portfolio = portfolios.of(organisation);
    }

    public boolean isFound() {
        load();
        return organisation != null;
    }

    public Organisation getOrganisation() {
        load();
        return organisation;
    }

    public String getKindLabel() {
        return Texts.get("organisation.kind." + getOrganisation().kind().name());
    }

    public String getCounty() {
        String county = getOrganisation().countyCode();
        return county == null ? null : Texts.get("county." + county);
    }

    public boolean isMember() {
        return isFound() && people.mayActFor(organisation);
    }

    public boolean isAdmin() {
        return isFound() && memberships.mayAdminister(organisation);
    }

    public boolean isPlatformAdmin() {
        return people.callerIsPlatformAdmin();
    }

    /** An item of the portfolio as the lists show it. */
    public record Item(long id, String title, String url, String kind, String status, String statusLabel, boolean outdated,
                       String updated) {
    }

    /** One kind's items: "Lärande exempel (3)". */
    public record KindGroup(String kind, String label, List<Item> items) {
    }

    public List<KindGroup> getPortfolio() {
        if (!isFound()) {
            return List.of();
        }
        Map<String, List<Item>> byKind = portfolio.stream().map(this::item)
                .collect(Collectors.groupingBy(Item::kind, java.util.LinkedHashMap::new, Collectors.toList()));
        return List.of("learning_example", "project", "procurement_need").stream().filter(byKind::containsKey)
                .map(kind -> new KindGroup(kind, Texts.get("kind." + kind), byKind.get(kind).stream()
                        .sorted(Comparator.comparing(Item::status).thenComparing(Item::title)).toList()))
                .toList();
    }

    private Item item(Initiative i) {
        String status = i.status().name().toLowerCase(Locale.ROOT);
        return new Item(i.id(), i.title(), site.url(i.pagePath()), i.kind(), status, Texts.get("status." + i.status().name()),
                i.possiblyOutdated(Instant.now()), formats.instant(i.updatedAt()));
    }

    /** How many it has published, per kind, for the search links: "12 lärande exempel". */
    public long getPublishedCount() {
        return isFound() ? portfolio.stream().filter(Initiative::isPublic).count() : 0;
    }

    /** The search's organisation filter is its code: only organisations with one and something published get the link. */
    public boolean isSearchable() {
        return isFound() && organisation.code() != null && getPublishedCount() > 0;
    }

    public String getSearchUrl() {
        return site.url("/sok.xhtml?q=&organisation=" + Site.encode(getOrganisation().code()));
    }

    /** Its needs that others can still join. */
    public List<Item> getOpenNeeds() {
        if (!isFound()) {
            return List.of();
        }
        LocalDate today = LocalDate.now();
        return portfolio.stream().filter(i -> i instanceof ProcurementNeed need && need.isPublic() && need.takesPartnersOn(today))
                .map(this::item).toList();
    }

    public List<Organisation> getFederationMembers() {
        return isFound() && organisation.kind() == OrganisationKind.FEDERATION
                ? organisations.membersOf(organisation) : List.of();
    }

    public List<Organisation> getFederations() {
        return isFound() ? organisations.federationsOf(organisation) : List.of();
    }

    public String pageOf(Organisation other) {
        return site.url("/organisation.xhtml?code=" + Site.encode(other.reference()));
    }

    // --- the dashboard (members) ---

    public List<Item> getDrafts() {
        return isMember() ? portfolio.stream().filter(i -> i.status() == InitiativeStatus.DRAFT).map(this::item).toList() : List.of();
    }

    /** Published items nobody has confirmed as still true for a year. */
    public List<Item> getToConfirm() {
        Instant now = Instant.now();
        return isMember() ? portfolio.stream().filter(i -> i.isPublic() && i.possiblyOutdated(now)).map(this::item).toList() : List.of();
    }

    /** Interest and pledges in its items that wait for its decision. */
    public record Waiting(long participationId, long itemId, String organisation, String item, String url, String statusLabel,
                          boolean pledged) {
    }

    public List<Waiting> getWaiting() {
        if (!isMember()) {
            return List.of();
        }
        return participations.awaitingDecisionBy(organisation).stream()
                .map(p -> new Waiting(p.id(), p.initiative().id(), p.organisation().name(), p.initiative().title(),
                        site.url(p.initiative().pagePath()), Texts.get("participation.status." + p.status().name()),
                        p.status() == ParticipationStatus.PLEDGED))
                .toList();
    }

    public List<Member> getMembers() {
        return isMember() ? memberships.membersOf(organisation) : List.of();
    }

    public long getMemberCount() {
        return isFound() ? memberships.memberCount(organisation) : 0;
    }

    public String roleLabel(MembershipRole role) {
        return role == null ? "" : Texts.get("membership.role." + role.name());
    }

    /** A logged-in person outside the organisation may ask to join (once). */
    public boolean isMayAskToJoin() {
        return isFound() && site.isLoggedIn() && !people.mayActFor(organisation) && !memberships.hasAsked(organisation);
    }

    public boolean isHasAsked() {
        return isFound() && site.isLoggedIn() && memberships.hasAsked(organisation);
    }

    public record Request(long id, String name, String email, String message, String asked) {
    }

    public List<Request> getRequests() {
        if (!isAdmin()) {
            return List.of();
        }
        return memberships.pending(organisation).stream()
                .map(r -> new Request(r.id(), r.person().displayName(), r.person().email(), r.message(), formats.instant(r.createdAt())))
                .toList();
    }

    public List<String> getDomains() {
        return isPlatformAdmin() && isFound() ? memberships.domainsOf(organisation).stream().map(d -> d.domain()).toList() : List.of();
    }

    public List<Member> getFoundPeople() {
        return foundPeople == null ? List.of() : foundPeople;
    }

    public boolean isSearchedPeople() {
        return foundPeople != null;
    }

    // --- the buttons ---

    public String askToJoin() {
        return act(() -> {
            memberships.request(organisation, TypedInput.text(message));
            return "organisation.done.asked";
        });
    }

    public String approve(long requestId) {
        return act(() -> {
            memberships.approve(organisation, requestId);
            return "organisation.done.approved";
        });
    }

    public String reject(long requestId) {
        return act(() -> {
            memberships.reject(organisation, requestId);
            return "organisation.done.rejected";
        });
    }

    /** Only a pledge can be accepted; interest and pledges can be declined (the boundary checks both). */
    public String acceptParticipation(long itemId, long participationId) {
        return act(() -> {
            participations.accept(Initiative.class, itemId, participationId);
            return "participation.done.accept";
        });
    }

    public String declineParticipation(long itemId, long participationId) {
        return act(() -> {
            participations.decline(Initiative.class, itemId, participationId);
            return "participation.done.decline";
        });
    }

    public String confirm(long itemId) {
        return act(() -> {
            initiatives.confirmCurrent(Initiative.class, itemId);
            return "organisation.done.confirmed";
        });
    }

    /** "Sök person": stays on the page with the people found. */
    public String findPeople() {
        load();
        try {
            foundPeople = organisation == null ? List.of() : memberships.findPeople(organisation, personQuery);
        } catch (AccessDenied e) {
            FacesContext.getCurrentInstance().addMessage(null, Texts.error(Texts.get("organisation.accessDenied")));
        }
        return null;
    }

    public String grant(long personId) {
        return act(() -> {
            people.grantMembership(personId, organisation, MembershipRole.valueOf(role));
            return "organisation.done.granted";
        });
    }

    public String mapDomain() {
        return act(() -> {
            memberships.mapDomain(organisation, Optional.ofNullable(TypedInput.text(domain)).orElse(""));
            return "organisation.done.domainMapped";
        });
    }

    public String unmapDomain(String mapped) {
        return act(() -> {
            memberships.unmapDomain(organisation, mapped);
            return "organisation.done.domainUnmapped";
        });
    }

    private String act(Supplier<String> work) {
        load();
        FacesContext context = FacesContext.getCurrentInstance();
        if (organisation == null) {
            return null;
        }
        try {
            context.addMessage(null, Texts.info(Texts.get(work.get())));
        } catch (NotAuthenticated e) {
            try {
                context.getExternalContext().redirect(site.getLoginUrl());
                context.responseComplete();
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            return null;
        } catch (InvalidInput e) {
            String key = "organisation.invalid." + e.field();
            context.addMessage(null, Texts.error(Texts.has(key) ? Texts.get(key) : e.getMessage()));
        } catch (Conflict e) {
            context.addMessage(null, Texts.error(e.getMessage()));
        } catch (AccessDenied e) {
            context.addMessage(null, Texts.error(Texts.get("organisation.accessDenied")));
        } catch (NotFound e) {
            context.addMessage(null, Texts.error(Texts.get("form.notFound")));
        } catch (RuntimeException e) {
            switch (Failures.kindOf(e)) {
                case LOST_UPDATE, CLASH -> context.addMessage(null, Texts.error(Texts.get("form.conflict")));
                case DATABASE_UNAVAILABLE -> context.addMessage(null, Texts.error(Texts.get("form.databaseUnavailable")));
                default -> throw e;
            }
        }
        context.getExternalContext().getFlash().setKeepMessages(true);
        return "/organisation.xhtml?faces-redirect=true&code=" + Site.encode(organisation.reference());
    }

    public String getCodeParam() {
        return codeParam;
    }

    public void setCodeParam(String codeParam) {
        this.codeParam = codeParam;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getPersonQuery() {
        return personQuery;
    }

    public void setPersonQuery(String personQuery) {
        this.personQuery = personQuery;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }
}
