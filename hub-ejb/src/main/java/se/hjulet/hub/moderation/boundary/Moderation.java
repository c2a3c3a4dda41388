package se.hjulet.hub.moderation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.hjulet.hub.indexing.control.SearchOutbox;
import se.hjulet.hub.moderation.control.Posts;
import se.hjulet.hub.moderation.entity.ModerationDecision;
import se.hjulet.hub.moderation.entity.Post;
import se.hjulet.hub.moderation.entity.PostKind;
import se.hjulet.hub.moderation.entity.Report;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.control.FlushBeforeReturning;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.question.entity.Answer;
import se.hjulet.hub.question.entity.Question;

/**
 * Keeping posts civil: any logged-in person reports a post in view; platform admins read the open
 * reports, hide a post (saying why) or restore it, and dismiss reports. Every decision is kept, with the
 * admin and the reason, for audit. A hidden question or answer leaves the search index.
 */
@Stateless
@Interceptors(FlushBeforeReturning.class)
public class Moderation {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Posts posts;

    @Inject
    SearchOutbox outbox;

    public Report report(ReportInput input) {
        Person reporter = people.current();
        String reason = Post.reason(input.reason());
        PostKind kind = PostKind.of(input.postKind())
                .orElseThrow(() -> new InvalidInput("postKind", "Say what kind of post it is: question, answer or comment."));
        if (input.postId() == null) {
            throw new InvalidInput("postId", "Say which " + kind.code() + " it is.");
        }
        Post post = posts.find(kind, input.postId()).filter(Posts::isPublic)
                .orElseThrow(() -> new InvalidInput("postId", "There is no " + kind.code() + " with id " + input.postId() + " in view."));
        if (post.isWrittenBy(reporter)) {
            throw new InvalidInput("postId", "You wrote this " + kind.code() + "; change or delete it instead of reporting it.");
        }
        if (!em.createNamedQuery(Report.BY_REPORTER_OF_POST, Report.class).setParameter("kind", kind).setParameter("id", post.id())
                .setParameter("reporter", reporter).getResultList().isEmpty()) {
            throw new Conflict("You have reported this " + kind.code() + " already; a platform admin will look at it.");
        }
        Report report = new Report(post, reason, reporter);
        em.persist(report);
        return report;
    }

    /** Reports no admin has settled yet, oldest first. */
    public List<Report> openReports() {
        requireAdmin();
        return em.createNamedQuery(Report.OPEN, Report.class).getResultList();
    }

    /** An admin finds nothing wrong: the report is settled, the post stays. */
    public Report dismiss(long reportId) {
        Person admin = requireAdmin();
        Report report = Optional.ofNullable(em.find(Report.class, reportId))
                .orElseThrow(() -> new NotFound("There is no report with id " + reportId + "."));
        report.resolve(Report.Resolution.DISMISSED, admin);
        return report;
    }

    /** An admin hides a post, saying why; the open reports of it are settled with that. */
    public ModerationDecision hide(PostKind kind, long postId, String reason) {
        Person admin = requireAdmin();
        Post post = existing(kind, postId);
        post.hide(reason);
        em.createNamedQuery(Report.OPEN_OF_POST, Report.class).setParameter("kind", kind).setParameter("id", postId)
                .getResultStream().forEach(r -> r.resolve(Report.Resolution.HIDDEN, admin));
        return decided(post, ModerationDecision.Action.HIDE, reason, admin);
    }

    /** An admin brings a hidden post back, saying why. */
    public ModerationDecision restore(PostKind kind, long postId, String reason) {
        Person admin = requireAdmin();
        Post post = existing(kind, postId);
        post.restore();
        return decided(post, ModerationDecision.Action.RESTORE, reason, admin);
    }

    /** Every decision on a post, first first: the audit trail. */
    public List<ModerationDecision> history(PostKind kind, long postId) {
        requireAdmin();
        existingOrGone(kind, postId);
        return em.createNamedQuery(ModerationDecision.OF_POST, ModerationDecision.class).setParameter("kind", kind)
                .setParameter("id", postId).getResultList();
    }

    /** The post a report names, if it still exists (for admins' lists). */
    public Optional<Post> post(PostKind kind, long postId) {
        return posts.find(kind, postId);
    }

    private ModerationDecision decided(Post post, ModerationDecision.Action action, String reason, Person admin) {
        ModerationDecision decision = new ModerationDecision(post, action, reason, admin);
        em.persist(decision);
        if (post instanceof Question question) {
            outbox.changed(question);
        } else if (post instanceof Answer answer) {
            outbox.changed(answer.question());
        }
        return decision;
    }

    private Post existing(PostKind kind, long postId) {
        return posts.find(kind, postId).orElseThrow(() -> new NotFound("There is no " + kind.code() + " with id " + postId + "."));
    }

    /** A post, or one that is gone but has decisions on record (the trail outlives an erased post). */
    private void existingOrGone(PostKind kind, long postId) {
        if (posts.find(kind, postId).isEmpty() && em.createNamedQuery(ModerationDecision.OF_POST, ModerationDecision.class)
                .setParameter("kind", kind).setParameter("id", postId).setMaxResults(1).getResultList().isEmpty()) {
            throw new NotFound("There is no " + kind.code() + " with id " + postId + ".");
        }
    }

    private Person requireAdmin() {
        Person person = people.current();
        if (!people.callerIsPlatformAdmin()) {
            throw new AccessDenied("Only platform admins moderate posts.");
        }
        return person;
    }
}
