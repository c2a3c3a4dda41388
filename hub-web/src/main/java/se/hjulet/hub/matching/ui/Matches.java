package se.hjulet.hub.matching.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.hjulet.hub.matching.boundary.LookAlikeInput;
import se.hjulet.hub.matching.boundary.Matching;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.participation.ui.TakingPart;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.procurement.entity.ProcurementNeed;
import se.hjulet.hub.ui.Failures;
import se.hjulet.hub.ui.Site;
import se.hjulet.hub.ui.Texts;
import se.hjulet.search.SearchUnavailableException;
import se.hjulet.search.matching.Reason;
import se.hjulet.search.matching.ReasonWords;
import se.hjulet.search.matching.SimilarItem;

/**
 * Matching on the pages, from the boundary the API uses ({@link Matching}, which only ever returns published
 * items): an item's similar initiatives, a need's co-procurement partners, and the open needs an organisation
 * could join. Request scoped like the pages. A section that cannot be filled (search away) says so instead of
 * breaking the page it is on.
 */
@Named("matches")
@RequestScoped
public class Matches {

    private static final Logger LOG = Logger.getLogger(Matches.class.getName());
    static final int SIMILAR = 5;
    static final int PARTNERS = 10;
    static final int NEEDS = 5;

    @Inject
    Matching matching;

    @Inject
    People people;

    @Inject
    Site site;

    @Inject
    TakingPart takingPart;

    private final Map<String, Object> found = new HashMap<>();
    private boolean unavailable;

    /** "Liknande initiativ": published initiatives of every kind like the item, best first. */
    public List<MatchRow> similar(Long id) {
        if (id == null) {
            return List.of();
        }
        return cached("similar:" + id, () -> rows(matching.similar(id, SIMILAR, null)));
    }

    /** "Behov ni kan ansluta till": open needs of others that fit the organisation. */
    public List<MatchRow> needsToJoin(String reference) {
        if (reference == null || reference.isBlank()) {
            return List.of();
        }
        return cached("needs:" + reference, () -> rows(matching.needsToJoin(reference, NEEDS)));
    }

    /** Organisations that could buy together with the need's owner, with what the reader may do about each. */
    public List<PartnerRow> partners(ProcurementNeed need) {
        if (need == null) {
            return List.of();
        }
        return cached("partners:" + need.id(), () -> {
            var partners = matching.partners(need.id(), PARTNERS);
            ReasonWords words = words(partners.stream().flatMap(p -> Stream.concat(p.partner().reasons().stream(),
                    p.partner().items().stream().flatMap(i -> i.reasons().stream()))));
            Set<String> mine = people.currentIfAny().map(p -> p.organisations().stream().map(Organisation::reference)
                    .collect(Collectors.toSet())).orElse(Set.of());
            boolean owner = mine.contains(need.owner().reference());
            boolean open = need.isPublic() && need.takesPartnersOn(LocalDate.now());
            return partners.stream().map(p -> PartnerRow.of(p.partner(),
                    p.participation() == null ? null : Texts.get("participation.status." + p.participation().toUpperCase(java.util.Locale.ROOT)),
                    open && p.participation() == null && mine.contains(p.partner().organisationCode()),
                    owner && open && p.participation() == null ? invitation(need, p.partner().organisationName(), words, p.partner().reasons()) : null,
                    words, this::kindLabel, site::url)).toList();
        });
    }

    /** A partner's "Anmäl intresse": the participation flow's own button, for the organisation the row names. */
    public String joinAsPartner() {
        String organisation = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("partner");
        takingPart.setOrganisation(organisation);
        takingPart.setMessage(Texts.get("partners.interest.message"));
        return takingPart.declareInterest();
    }

    /**
     * Look-alikes of a text being written (a form's "Det här liknar …"): none when there is nothing to compare yet
     * (only common words) or search is away, since the warning is a help and never stands in the author's way.
     */
    public List<MatchRow> lookAlikes(LookAlikeInput input) {
        try {
            return rows(matching.lookAlikes(input));
        } catch (InvalidInput e) {
            return List.of();
        } catch (RuntimeException e) {
            if (Failures.causeOf(e, InvalidInput.class).isEmpty() && Failures.causeOf(e, SearchUnavailableException.class).isEmpty()) {
                LOG.log(Level.WARNING, "Look-alikes of a text being written failed", e);
            }
            return List.of();
        }
    }

    /** Set when search was away: the sections say so. */
    public boolean isUnavailable() {
        return unavailable;
    }

    private String invitation(ProcurementNeed need, String partner, ReasonWords words, List<Reason> reasons) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        int port = external.getRequestServerPort();
        boolean usual = port == ("https".equals(external.getRequestScheme()) ? 443 : 80);
        String page = external.getRequestScheme() + "://" + external.getRequestServerName() + (usual ? "" : ":" + port)
                + site.url(need.pagePath());
        return PartnerRow.invitation(Texts.get("partners.invite.subject", need.title()),
                Texts.get("partners.invite.body", partner, need.title(), String.join("\n", words.of(reasons)), page));
    }

    private List<MatchRow> rows(List<SimilarItem> items) {
        return MatchRow.of(items, words(items.stream().flatMap(i -> i.reasons().stream())), this::kindLabel, site::url);
    }

    private String kindLabel(String kind) {
        return Texts.get("kind." + kind);
    }

    /** The reasons in the reader's language, CPV codes with their labels. */
    private ReasonWords words(Stream<Reason> reasons) {
        String language = "en".equals(Texts.locale().getLanguage()) ? "en" : "sv";
        List<String> codes = reasons.filter(r -> r.kind() == Reason.Kind.CPV).flatMap(r -> r.values().stream()).distinct().toList();
        Map<String, String> labels = matching.cpvLabels(codes, language);
        return new ReasonWords(language, labels::get);
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> cached(String key, Supplier<List<T>> work) {
        return (List<T>) found.computeIfAbsent(key, k -> {
            try {
                return work.get();
            } catch (NotFound e) {
                return List.of();
            } catch (RuntimeException e) {
                if (Failures.causeOf(e, SearchUnavailableException.class).isPresent()) {
                    unavailable = true;
                } else if (Failures.causeOf(e, NotFound.class).isEmpty()) {
                    // A section of its own must not take the page with it; the log keeps what went wrong.
                    LOG.log(Level.WARNING, "Matching for " + key + " failed", e);
                    unavailable = true;
                }
                return List.of();
            }
        });
    }
}
