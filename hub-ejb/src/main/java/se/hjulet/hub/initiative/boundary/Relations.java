package se.hjulet.hub.initiative.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.hjulet.hub.initiative.control.Authoring;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.entity.Relation;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.platform.control.FlushBeforeReturning;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotFound;

/**
 * Lifecycle links between initiatives. Only members of the source item's owner link from it; the
 * target may be anyone's, as long as the caller can see it. Readers see a link only when they can see
 * the item at its other end.
 */
@Stateless
@Interceptors(FlushBeforeReturning.class)
public class Relations {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Authoring authoring;

    public Relation link(Class<? extends Initiative> kind, long sourceId, RelationInput input) {
        people.current();
        Initiative source = authoring.editable(kind, sourceId);
        Initiative target = Optional.ofNullable(em.find(Initiative.class, input.targetId()))
                .filter(t -> t.isPublic() || people.mayActFor(t.owner()))
                .orElseThrow(() -> new InvalidInput("targetId", "There is no item with id " + input.targetId() + " that you can link to."));
        if (!em.createNamedQuery(Relation.SAME, Relation.class).setParameter("source", source).setParameter("target", target)
                .setParameter("relation", input.relation()).getResultList().isEmpty()) {
            throw new Conflict("'" + source.title() + "' is linked to '" + target.title() + "' that way already.");
        }
        var relation = new Relation(source, input.relation(), target, people.current());
        em.persist(relation);
        return relation;
    }

    public void unlink(Class<? extends Initiative> kind, long sourceId, long relationId) {
        people.current();
        Initiative source = authoring.editable(kind, sourceId);
        Relation relation = Optional.ofNullable(em.find(Relation.class, relationId))
                .filter(r -> r.source().equals(source))
                .orElseThrow(() -> new NotFound("'" + source.title() + "' has no link with id " + relationId + "."));
        em.remove(relation);
    }

    /** The links of an item, both ways, to items the caller may see. */
    public List<Relation> of(Initiative item) {
        return em.createNamedQuery(Relation.OF_ITEM, Relation.class).setParameter("item", item).getResultStream()
                .filter(r -> {
                    Initiative other = r.otherEnd(item);
                    return other.isPublic() || people.mayActFor(other.owner());
                })
                .toList();
    }
}
