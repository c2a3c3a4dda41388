package se.hjulet.hub.procurement.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.hjulet.hub.indexing.control.SearchOutbox;
import se.hjulet.hub.initiative.control.Authoring;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.platform.control.FlushBeforeReturning;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.procurement.entity.CpvCode;
import se.hjulet.hub.procurement.entity.ProcurementNeed;

/**
 * Writing, publishing and reading procurement needs, with the same rights as the other kinds: members
 * of the owner write and see drafts, everyone reads what is published.
 */
@Stateless
@Interceptors(FlushBeforeReturning.class)
public class ProcurementNeeds {

    private static final String NOUN = "procurement need";
    private static final int MAX_PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Authoring authoring;

    @Inject
    SearchOutbox outbox;

    public ProcurementNeed draft(ProcurementNeedInput input) {
        Organisation owner = authoring.ownerFor(input, "procurement needs");
        var need = new ProcurementNeed(owner, people.current());
        apply(need, input);
        em.persist(need);
        outbox.changed(need);
        return need;
    }

    public ProcurementNeed update(long id, ProcurementNeedInput input) {
        ProcurementNeed need = authoring.editable(find(id), NOUN);
        need.requireVersion(input.version());
        authoring.requireSameOwner(need, input, "a procurement need");
        apply(need, input);
        outbox.changed(need);
        return need;
    }

    public ProcurementNeed publish(long id) {
        ProcurementNeed need = authoring.editable(find(id), NOUN);
        need.publish();
        outbox.changed(need);
        return need;
    }

    public ProcurementNeed archive(long id) {
        ProcurementNeed need = authoring.editable(find(id), NOUN);
        need.archive();
        outbox.changed(need);
        return need;
    }

    public ProcurementNeed confirmCurrent(long id) {
        ProcurementNeed need = authoring.editable(find(id), NOUN);
        need.confirmCurrent();
        return need;
    }

    public ProcurementNeed read(long id) {
        return authoring.readable(find(id), NOUN);
    }

    public List<ProcurementNeed> published(int first, int max) {
        return em.createNamedQuery(ProcurementNeed.PUBLISHED, ProcurementNeed.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), MAX_PAGE))
                .getResultList();
    }

    public List<ProcurementNeed> ofMyOrganisations() {
        Set<Organisation> mine = people.current().organisations();
        if (mine.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(ProcurementNeed.OF_ORGANISATIONS, ProcurementNeed.class)
                .setParameter("owners", mine).getResultList();
    }

    public boolean mayEdit(ProcurementNeed need) {
        return authoring.mayEdit(need);
    }

    /** A CPV code of the reference vocabulary, as written with or without its check digit (which must be right). */
    public CpvCode cpv(String field, String written) {
        var read = CpvCode.read(written);
        CpvCode code = read.map(r -> em.find(CpvCode.class, r.code()))
                .orElseThrow(() -> new InvalidInput(field, "'" + written + "' is not a CPV code of the EU vocabulary"
                        + " (8 digits, for example 48000000 for software)."));
        if (!code.acceptsCheckDigit(read.get().checkDigit())) {
            throw new InvalidInput(field, "'" + written.strip() + "' has the wrong check digit: the code " + code.code()
                    + " is written " + code.withCheckDigit() + ". Check the code, or leave the check digit out.");
        }
        return code;
    }

    private void apply(ProcurementNeed need, ProcurementNeedInput input) {
        authoring.applyCore(need, input);
        need.classifyAs(cpv("mainCpvCode", input.mainCpvCode()),
                Optional.ofNullable(input.additionalCpvCodes()).orElse(List.of()).stream()
                        .map(code -> cpv("additionalCpvCodes", code)).toList());
        need.plan(input.estimatedValueMinSek(), input.estimatedValueMaxSek(),
                input.procurementWindowFrom(), input.procurementWindowTo(), input.contractLengthMonths());
        need.invite(input.procurementStatus(), Boolean.TRUE.equals(input.openForCoProcurement()),
                input.joinDeadline(), input.requirementsSummary());
    }

    private ProcurementNeed find(long id) {
        // Through the base class, so the id of another kind is "not found" whatever the cache holds.
        return Optional.ofNullable(em.find(Initiative.class, id)).filter(ProcurementNeed.class::isInstance).map(ProcurementNeed.class::cast).orElseThrow(() -> Authoring.notFound(NOUN, id));
    }
}
