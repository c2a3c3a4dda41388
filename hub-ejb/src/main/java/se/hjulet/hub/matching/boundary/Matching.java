package se.hjulet.hub.matching.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.hjulet.hub.indexing.control.IndexEntries;
import se.hjulet.hub.initiative.control.Authoring;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.entity.SafeHtml;
import se.hjulet.hub.organisation.boundary.Organisations;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.participation.entity.Participation;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.procurement.entity.CpvCode;
import se.hjulet.hub.procurement.entity.ProcurementNeed;
import se.hjulet.hub.search.control.SearchBackend;
import se.hjulet.search.index.IndexEntry;
import se.hjulet.search.matching.Partner;
import se.hjulet.search.matching.SimilarItem;
import se.hjulet.search.matching.SimilarItems;

/**
 * Who may ask what of matching, and the items and organisations described the way the index describes them.
 * Results are only ever published initiatives (the index holds nothing else, and every query filters on it), so a
 * draft cannot leak through similar items, partners or needs. An item the caller may not read is "not found",
 * whether it is another organisation's draft or does not exist. Throws
 * {@link se.hjulet.search.SearchUnavailableException} while Elasticsearch is down.
 */
@Stateless
public class Matching {

    public static final int MAX_SIZE = SimilarItems.MAX_SIZE;
    /** How many of an organisation's published items describe what it works on. */
    private static final int PROFILE_ITEMS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchBackend backend;

    @Inject
    Authoring authoring;

    @Inject
    Organisations organisations;

    /** A partner, with how it already takes part in the need (its participation's status), if it does. */
    public record PartnerFound(Partner partner, String participation) {
    }

    /**
     * Published initiatives like the item {@code id}, best first. The caller's own draft may be compared too: it
     * is described from the database, as it would be indexed.
     *
     * @param kind {@code learning_example}, {@code project}, {@code procurement_need}, or null for all
     */
    public List<SimilarItem> similar(long id, int size, String kind) {
        checkSize(size);
        if (kind != null && !Set.of(IndexEntry.LEARNING_EXAMPLE, IndexEntry.PROJECT, IndexEntry.PROCUREMENT_NEED).contains(kind)) {
            throw new InvalidInput("kind", "Unknown kind '" + kind + "'; choose learning_example, project or procurement_need.");
        }
        Initiative item = authoring.readable(Initiative.class, id);
        return backend.similarItems().similarTo(describe(item), item.isPublic(), size, kind);
    }

    /** Published initiatives so like the text being written that its author should look at them first (few, often none). */
    public List<SimilarItem> lookAlikes(LookAlikeInput input) {
        if (input.title() == null || input.title().isBlank()) {
            throw new InvalidInput("title", "Give the title of what you are writing, to compare it with what is published.");
        }
        String kind = input.kind() == null || input.kind().isBlank() ? IndexEntry.LEARNING_EXAMPLE : input.kind().strip();
        if (!Set.of(IndexEntry.LEARNING_EXAMPLE, IndexEntry.PROJECT, IndexEntry.PROCUREMENT_NEED).contains(kind)) {
            throw new InvalidInput("kind", "Unknown kind '" + kind + "'; choose learning_example, project or procurement_need.");
        }
        String except = null;
        if (input.id() != null) {
            Initiative edited = em.find(Initiative.class, input.id());
            if (edited != null && edited.isPublic()) {
                except = IndexEntries.idOf(edited.kind(), edited.id());
            }
        }
        IndexEntry draft = IndexEntry.builder(kind, 0)
                .title(input.title().strip())
                .lead(input.lead())
                .body(SafeHtml.text(SafeHtml.clean(input.text())))
                .visibility("draft")
                .build();
        try {
            return backend.similarItems().lookAlikes(draft, except);
        } catch (SimilarItems.NothingToCompare e) {
            throw new InvalidInput("title", "There is nothing to compare: the title, lead and text have only common words"
                    + " (such as och, det, som). Write what the initiative is about.");
        }
    }

    /** Organisations that could buy together with the owner of the need {@code id}, best first. */
    public List<PartnerFound> partners(long id, int size) {
        checkSize(size);
        ProcurementNeed need = authoring.readable(ProcurementNeed.class, id);
        List<Partner> partners = backend.partners().forNeed(describe(need), need.isPublic(), size, LocalDate.now());
        Map<String, String> taking = em.createNamedQuery(Participation.OF_ITEM, Participation.class).setParameter("item", need)
                .getResultStream().collect(Collectors.toMap(p -> p.organisation().reference(),
                        p -> p.status().name().toLowerCase(java.util.Locale.ROOT), (a, b) -> a));
        return partners.stream().map(p -> new PartnerFound(p, taking.get(p.organisationCode()))).toList();
    }

    /**
     * Open needs of other organisations that fit the organisation {@code reference}: what it has published, its
     * county, federations and size. Best first.
     */
    public List<SimilarItem> needsToJoin(String reference, int size) {
        checkSize(size);
        Organisation organisation = organisations.byReference(reference)
                .orElseThrow(() -> new NotFound("No organisation has the code or name '" + reference + "'."));
        List<Initiative> items = em.createNamedQuery(Initiative.PUBLISHED_OF, Initiative.class)
                .setParameter("owner", organisation).setMaxResults(PROFILE_ITEMS).getResultList();
        Set<String> areas = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        Set<String> cpv = new LinkedHashSet<>();
        items.forEach(i -> {
            areas.addAll(i.policyAreas());
            tags.addAll(i.tags());
            if (i instanceof ProcurementNeed need) {
                need.allCpv().stream().map(CpvCode::code).forEach(cpv::add);
            }
        });
        List<String> federations = federationsOf(organisation).stream().map(Organisation::reference).collect(Collectors.toList());
        if (organisation.isFederation()) {
            federations.add(organisation.reference());
        }
        IndexEntry profile = IndexEntry.builder(IndexEntry.LEARNING_EXAMPLE, 0)
                .title(items.isEmpty() ? organisation.name() : items.stream().map(Initiative::title).collect(Collectors.joining(". ")))
                .lead(items.stream().map(Initiative::lead).collect(Collectors.joining(" ")))
                .tags(List.copyOf(tags))
                .policyAreas(List.copyOf(areas))
                .organisation(organisation.reference(), organisation.name())
                .countyCode(organisation.countyCode())
                .visibility("profile")
                .facets(new IndexEntry.Facets(null, null, List.of(), List.copyOf(cpv), null, null, null))
                .matching(new IndexEntry.Matching(federations, organisation.population(), null, null, false, null))
                .build();
        return backend.similarItems().openNeedsFor(profile, size, LocalDate.now());
    }

    /** Labels of CPV codes (8 digits) in the language asked for ("sv" or "en"), for the words of reasons. */
    public Map<String, String> cpvLabels(Collection<String> codes, String language) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from CpvCode c where c.code in :codes", CpvCode.class)
                .setParameter("codes", Set.copyOf(codes)).getResultStream()
                .collect(Collectors.toMap(CpvCode::code, c -> c.label(language), (a, b) -> a));
    }

    /** The item as the index has it (or would have it, for a draft), without its documents' text. */
    private IndexEntry describe(Initiative item) {
        return IndexEntries.of(item, List.of(), federationsOf(item.owner()), 0);
    }

    private List<Organisation> federationsOf(Organisation organisation) {
        return em.createNamedQuery(Organisation.FEDERATIONS_OF, Organisation.class).setParameter("member", organisation).getResultList();
    }

    private static void checkSize(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("size", "Between 1 and " + MAX_SIZE + " can be asked for, not " + size + ".");
        }
    }
}
