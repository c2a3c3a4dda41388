package se.hjulet.hub.organisation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.organisation.entity.OrganisationKind;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.platform.control.FlushBeforeReturning;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.InvalidInput;

@Stateless
public class Organisations {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    /**
     * Organisations are reference data no write request changes before it looks one up: the lookups do not
     * write the transaction's pending changes first (each reference of an item did, a flush apiece).
     */
    public Optional<Organisation> byCode(String code) {
        return em.createNamedQuery(Organisation.BY_CODE, Organisation.class)
                .setParameter("code", code)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst();
    }

    /** Finds an organisation by its code, or by its exact name when it has none. */
    public Optional<Organisation> byReference(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String trimmed = reference.strip();
        return byCode(trimmed).or(() -> em.createNamedQuery(Organisation.BY_NAME, Organisation.class)
                .setParameter("name", trimmed)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst());
    }

    /** Like {@link #byReference} but an unknown reference is an input error naming the field. */
    public Organisation existing(String field, String reference) {
        return byReference(reference).orElseThrow(() -> new InvalidInput(field,
                "No organisation has the code or name '" + reference + "'."));
    }

    public List<Organisation> all(OrganisationKind kind) {
        return em.createNamedQuery(Organisation.ALL, Organisation.class).getResultStream()
                .filter(o -> kind == null || o.kind() == kind)
                .toList();
    }

    /** The federations (kommunalförbund) the organisation is a member of. */
    public List<Organisation> federationsOf(Organisation organisation) {
        return em.createQuery("select f from Organisation f join f.members m where m.id = :id order by f.name", Organisation.class)
                .setParameter("id", organisation.id()).getResultList();
    }

    /** A federation's member organisations, by name; none for other kinds. Read here, not from a detached entity. */
    public List<Organisation> membersOf(Organisation federation) {
        return em.createQuery("select m from Organisation f join f.members m where f.id = :id order by m.name", Organisation.class)
                .setParameter("id", federation.id()).getResultList();
    }

    /** Platform admins add federations, agencies and other organisations. */
    @Interceptors(FlushBeforeReturning.class)
    public Organisation add(OrganisationInput input) {
        if (!people.callerIsPlatformAdmin()) {
            throw new AccessDenied("Only platform admins add organisations.");
        }
        return addUnchecked(input);
    }

    /** For demo content and tests run by the system itself, not by a caller. */
    @Interceptors(FlushBeforeReturning.class)
    public Organisation addUnchecked(OrganisationInput input) {
        if (input.code() != null && !input.code().isBlank() && byCode(input.code().strip()).isPresent()) {
            throw new InvalidInput("code", "An organisation with the code " + input.code() + " exists already.");
        }
        if (byReference(input.name()).filter(o -> o.name().equalsIgnoreCase(input.name().strip())).isPresent()) {
            throw new InvalidInput("name", "An organisation named " + input.name() + " exists already.");
        }
        var organisation = new Organisation(input.kind(), input.name(), input.code(), input.countyCode());
        if (input.members() != null) {
            input.members().forEach(member -> organisation.addMember(existing("members", member)));
        }
        em.persist(organisation);
        return organisation;
    }
}
