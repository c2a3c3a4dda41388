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
import se.hjulet.hub.platform.entity.Conflict;

/** A reader tells the platform admins that a post breaks the rules, and why. */
@Entity
@Table(name = "post_report")
@NamedQuery(name = Report.OPEN, query = "select r from Report r where r.resolvedAt is null order by r.createdAt, r.id")
@NamedQuery(name = Report.OPEN_OF_POST, query = "select r from Report r where r.postKind = :kind and r.postId = :id"
        + " and r.resolvedAt is null")
@NamedQuery(name = Report.BY_REPORTER_OF_POST, query = "select r from Report r where r.postKind = :kind and r.postId = :id"
        + " and r.reportedBy = :reporter")
@NamedQuery(name = Report.BY_REPORTER, query = "select r from Report r where r.reportedBy = :reporter order by r.createdAt, r.id")
public class Report {

    public static final String OPEN = "Report.open";
    public static final String OPEN_OF_POST = "Report.openOfPost";
    public static final String BY_REPORTER_OF_POST = "Report.byReporterOfPost";
    public static final String BY_REPORTER = "Report.byReporter";

    /** How an admin settled the report. */
    public enum Resolution {
        HIDDEN, DISMISSED
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

    @Column(nullable = false)
    private String reason;

    @ManyToOne
    @JoinColumn(name = "reported_by")
    private Person reportedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    private Resolution resolution;

    @ManyToOne
    @JoinColumn(name = "resolved_by")
    private Person resolvedBy;

    protected Report() {
    }

    public Report(Post post, String reason, Person reportedBy) {
        this.postKind = post.postKind();
        this.postId = post.id();
        this.reason = Post.reason(reason);
        this.reportedBy = reportedBy;
        this.createdAt = Instant.now();
    }

    public void resolve(Resolution resolution, Person admin) {
        if (resolvedAt != null) {
            throw new Conflict("This report was settled already (" + this.resolution.name().toLowerCase() + ").");
        }
        this.resolution = resolution;
        this.resolvedBy = admin;
        this.resolvedAt = Instant.now();
    }

    /** The reporter erased what they wrote: the report stays, without them. */
    public void forgetReporter() {
        reportedBy = null;
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

    public String reason() {
        return reason;
    }

    public Person reportedBy() {
        return reportedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Resolution resolution() {
        return resolution;
    }
}
