package se.hjulet.hub.initiative.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.entity.InvalidInput;

/** A lifecycle link from one initiative to another (need → project → learning example, or related). */
@Entity
@Table(name = "initiative_relation")
@NamedQuery(name = Relation.OF_ITEM,
        query = "select r from Relation r where r.source = :item or r.target = :item order by r.createdAt, r.id")
@NamedQuery(name = Relation.SAME,
        query = "select r from Relation r where r.source = :source and r.target = :target and r.relation = :relation")
public class Relation {

    public static final String OF_ITEM = "Relation.ofItem";
    public static final String SAME = "Relation.same";

    @Id
    @SequenceGenerator(name = "hub_seq", sequenceName = "hub_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "source_id")
    private Initiative source;

    @ManyToOne(optional = false)
    @JoinColumn(name = "target_id")
    private Initiative target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RelationKind relation;

    @ManyToOne
    @JoinColumn(name = "created_by")
    private Person createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Relation() {
    }

    public Relation(Initiative source, RelationKind relation, Initiative target, Person createdBy) {
        if (relation == null) {
            throw new InvalidInput("relation", "Choose REALISED_BY, DOCUMENTED_AS or RELATED.");
        }
        if (source.id() != null && source.id().equals(target.id())) {
            throw new InvalidInput("targetId", "An item cannot be linked to itself.");
        }
        if (relation.sourceKind() != null && !relation.sourceKind().equals(source.kind())) {
            throw new InvalidInput("relation", relation.name() + " links from a " + relation.sourceKind().replace('_', ' ')
                    + ", and '" + source.title() + "' is a " + source.kind().replace('_', ' ') + ".");
        }
        if (relation.targetKind() != null && !relation.targetKind().equals(target.kind())) {
            throw new InvalidInput("targetId", relation.name() + " links to a " + relation.targetKind().replace('_', ' ')
                    + ", and '" + target.title() + "' is a " + target.kind().replace('_', ' ') + ".");
        }
        this.source = source;
        this.target = target;
        this.relation = relation;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    /** The item at the other end, seen from the given one. */
    public Initiative otherEnd(Initiative from) {
        return isSource(from) ? target : source;
    }

    /** The relation's name as seen from the given item: "realised_by" from the need, "realises" from the project. */
    public String nameSeenFrom(Initiative from) {
        return isSource(from) ? relation.name().toLowerCase() : relation.inverse();
    }

    /** By id: the item may have been read in another transaction than this relation. */
    private boolean isSource(Initiative item) {
        return source.id().equals(item.id());
    }

    public Long id() {
        return id;
    }

    public Initiative source() {
        return source;
    }

    public Initiative target() {
        return target;
    }

    public RelationKind relation() {
        return relation;
    }
}
