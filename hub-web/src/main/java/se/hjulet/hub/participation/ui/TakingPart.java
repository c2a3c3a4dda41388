package se.hjulet.hub.participation.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import se.hjulet.hub.initiative.boundary.Initiatives;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.ui.InitiativePage;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.participation.boundary.InterestInput;
import se.hjulet.hub.participation.boundary.Participations;
import se.hjulet.hub.participation.boundary.PledgeInput;
import se.hjulet.hub.participation.entity.Participation;
import se.hjulet.hub.participation.entity.ParticipationStatus;
import se.hjulet.hub.participation.entity.ParticipationTotals;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotAuthenticated;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.procurement.entity.ProcurementNeed;
import se.hjulet.hub.project.entity.Project;
import se.hjulet.hub.ui.Failures;
import se.hjulet.hub.ui.Formats;
import se.hjulet.hub.ui.Site;
import se.hjulet.hub.ui.Texts;
import se.hjulet.hub.ui.TypedInput;

/**
 * Taking part in a project or procurement need, on its page: everyone sees who is in and the totals
 * (accepted pledges against the budget, as a bar); a member of another organisation declares interest
 * and pledges money, person-days or joining the procurement; a member of the owner accepts or declines.
 * Each button posts, the page answers with what happened (post/redirect/get).
 *
 * <p>Request scoped like the page: a button press names the item again in the form's hidden {@code id}.
 */
@Named("takingPart")
@RequestScoped
public class TakingPart {

    @Inject
    Initiatives initiatives;

    @Inject
    Participations participations;

    @Inject
    People people;

    @Inject
    Site site;

    private Initiative item;
    private List<Participation> all;
    private boolean loaded;

    // what the forms send
    private String organisation;
    private String message;
    private String amountSek;
    private String personDays;
    private Boolean joinsProcurement = Boolean.FALSE;

    private Initiative item() {
        if (!loaded) {
            loaded = true;
            Long id = InitiativePage.parseId(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"));
            if (id != null) {
                try {
                    item = initiatives.read(Initiative.class, id);
                    all = participations.of(item);
                } catch (NotFound e) {
                    item = null;
                }
            }
        }
        return item;
    }

    /** One organisation's participation as the page lists it. */
    public record Row(long id, String organisation, String status, String statusLabel, String pledge, String message,
                      String contact, boolean mayPledge, boolean mayAccept, boolean mayDecline) {
    }

    public List<Row> getRows() {
        if (item() == null) {
            return List.of();
        }
        boolean owner = people.mayActFor(item.owner());
        return all.stream().map(p -> {
            boolean party = owner || people.mayActFor(p.organisation());
            boolean open = p.status() == ParticipationStatus.INTERESTED || p.status() == ParticipationStatus.PLEDGED;
            String contact = party && p.contactName() != null
                    ? p.contactName() + (p.contactEmail() == null ? "" : ", " + p.contactEmail()) : null;
            return new Row(p.id(), p.organisation().name(), p.status().name().toLowerCase(),
                    Texts.get("participation.status." + p.status().name()), pledgeText(p),
                    party ? p.message() : null, contact,
                    open && people.mayActFor(p.organisation()) && !owner,
                    owner && p.status() == ParticipationStatus.PLEDGED, owner && open);
        }).toList();
    }

    private String pledgeText(Participation p) {
        var parts = new java.util.ArrayList<String>();
        if (p.pledgedSek() > 0) {
            parts.add(sek(p.pledgedSek()));
        }
        if (p.personDays() > 0) {
            parts.add(Texts.get("participation.days", p.personDays()));
        }
        if (p.joinsProcurement()) {
            parts.add(Texts.get("participation.joins"));
        }
        return String.join(", ", parts);
    }

    /** The caller's organisations that could declare interest: not the owner, not in already. */
    public List<Organisation> getInterestOptions() {
        if (item() == null || !item.acceptsParticipants() || !item.isPublic()) {
            return List.of();
        }
        Set<Organisation> in = all.stream().map(Participation::organisation).collect(Collectors.toSet());
        return people.currentIfAny().map(p -> p.organisations().stream()
                        .filter(o -> !o.equals(item.owner()) && !in.contains(o))
                        .sorted(java.util.Comparator.comparing(Organisation::name)).toList())
                .orElse(List.of());
    }

    public boolean isMayDeclareInterest() {
        return !getInterestOptions().isEmpty();
    }

    /** A need that takes co-procurers today: the pledge form offers joining the procurement. */
    public boolean isTakesCoProcurers() {
        return item() instanceof ProcurementNeed need && need.takesPartnersOn(LocalDate.now());
    }

    public ParticipationTotals getTotals() {
        return item() == null ? ParticipationTotals.of(List.of()) : ParticipationTotals.of(all);
    }

    /** A project's budget, or 0 (needs have none: their bar counts who joins). */
    public long getBudgetSek() {
        return item() instanceof Project project ? project.budgetSek() : 0;
    }

    /** The share of the budget that accepted pledges cover, 0–100, for the bar's width. */
    public long getPledgedPercent() {
        long budget = getBudgetSek();
        if (budget <= 0) {
            return 0;
        }
        return Math.min(100, Math.round(100.0 * getTotals().acceptedPledgedSek() / budget));
    }

    /** The bar's words: "1 200 000 kr av 6 000 000 kr (20 %) är utlovat och accepterat". */
    public String getPledgedText() {
        return Texts.get("participation.bar", sek(getTotals().acceptedPledgedSek()), sek(getBudgetSek()), getPledgedPercent());
    }

    public String getSummary() {
        ParticipationTotals totals = getTotals();
        return Texts.get("participation.summary", totals.accepted().size(), totals.pledged(), totals.interested(),
                totals.acceptedPersonDays());
    }

    // --- the buttons ---

    public String declareInterest() {
        return act(() -> {
            participations.declareInterest(Initiative.class, item.id(),
                    new InterestInput(TypedInput.text(organisation), TypedInput.text(message), null, null));
            return "participation.done.interest";
        });
    }

    public String pledge(long participationId) {
        return act(() -> {
            var typed = new TypedInput(Texts.words());
            Long amount = typed.wholeNumber("amountSek", Texts.get("participation.amountSek"), amountSek);
            Integer days = typed.smallWholeNumber("personDays", Texts.get("participation.personDays"), personDays);
            if (!typed.errors().isEmpty()) {
                throw new Refused(typed.errors().get(0).text());
            }
            participations.pledge(Initiative.class, item.id(), participationId,
                    new PledgeInput(amount, days, Boolean.TRUE.equals(joinsProcurement)));
            return "participation.done.pledge";
        });
    }

    public String accept(long participationId) {
        return act(() -> {
            participations.accept(Initiative.class, item.id(), participationId);
            return "participation.done.accept";
        });
    }

    public String decline(long participationId) {
        return act(() -> {
            participations.decline(Initiative.class, item.id(), participationId);
            return "participation.done.decline";
        });
    }

    /** Runs a button's work, then back to the page with what happened (post/redirect/get). */
    private String act(Supplier<String> work) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        if (item() == null) {
            context.addMessage(null, Texts.error(Texts.get("form.notFound")));
            return null;
        }
        try {
            context.addMessage(null, Texts.info(Texts.get(work.get())));
        } catch (NotAuthenticated e) {
            try {
                external.redirect(site.getLoginUrl());
                context.responseComplete();
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            return null;
        } catch (Refused e) {
            context.addMessage(null, Texts.error(e.getMessage()));
        } catch (InvalidInput e) {
            String key = "participation.invalid." + e.field();
            context.addMessage(null, Texts.error(Texts.has(key) ? Texts.get(key) : e.getMessage()));
        } catch (Conflict e) {
            context.addMessage(null, Texts.error(Texts.get("participation.conflict")));
        } catch (AccessDenied e) {
            context.addMessage(null, Texts.error(Texts.get("participation.accessDenied")));
        } catch (NotFound e) {
            context.addMessage(null, Texts.error(Texts.get("form.notFound")));
        } catch (RuntimeException e) {
            switch (Failures.kindOf(e)) {
                case LOST_UPDATE, CLASH -> context.addMessage(null, Texts.error(Texts.get("participation.conflict")));
                case DATABASE_UNAVAILABLE -> context.addMessage(null, Texts.error(Texts.get("form.databaseUnavailable")));
                default -> throw e;
            }
        }
        external.getFlash().setKeepMessages(true);
        return item.pagePath().replaceFirst("\\?.*", "") + "?faces-redirect=true&id=" + item.id();
    }

    /** What the page itself refuses before asking the boundary, in the person's words. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String text) {
            super(text);
        }
    }

    private static String sek(long amount) {
        return Formats.kronor(amount);
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getAmountSek() {
        return amountSek;
    }

    public void setAmountSek(String amountSek) {
        this.amountSek = amountSek;
    }

    public String getPersonDays() {
        return personDays;
    }

    public void setPersonDays(String personDays) {
        this.personDays = personDays;
    }

    public Boolean getJoinsProcurement() {
        return joinsProcurement;
    }

    public void setJoinsProcurement(Boolean joinsProcurement) {
        this.joinsProcurement = joinsProcurement;
    }
}
