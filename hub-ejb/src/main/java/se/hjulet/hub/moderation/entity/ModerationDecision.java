package se.hjulet.hub.moderation.entity;

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

/**
 * A platform admin hid or restored a post, and why: the audit trail of moderation. Kept when the post
 * changes or is erased, and never edited.
 */
@Entity
@Table(name = "moderation_decision")
@NamedQuery(name = ModerationDecision.OF_POST, query = "select d from ModerationDecision d where d.postKind = :kind"
        + " and d.postId = :id order by d.decidedAt, d.id")
public class ModerationDecision {

    public static final String OF_POST = "ModerationDecision.ofPost";

    public enum Action {
        HIDE, RESTORE
    }

    @Id
    @SequenceGenerator(name = "hub_seq", sequenceName = "hub_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_kind", nullable = false)
    private PostKind postKind;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Column(nullable = false)
    private String reason;

    @ManyToOne
    @JoinColumn(name = "decided_by")
    private Person decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected ModerationDecision() {
    }

    public ModerationDecision(Post post, Action action, String reason, Person decidedBy) {
        this.postKind = post.postKind();
        this.postId = post.id();
        this.action = action;
        this.reason = Post.reason(reason);
        this.decidedBy = decidedBy;
        this.decidedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public PostKind postKind() {
        return postKind;
    }

    public long postId() {
        return postId;
    }

    public Action action() {
        return action;
    }

    public String reason() {
        return reason;
    }

    public Person decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
