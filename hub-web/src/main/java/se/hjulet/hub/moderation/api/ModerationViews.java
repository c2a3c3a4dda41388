package se.hjulet.hub.moderation.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import se.hjulet.hub.moderation.boundary.MyPosts;
import se.hjulet.hub.moderation.entity.ModerationDecision;
import se.hjulet.hub.moderation.entity.Post;
import se.hjulet.hub.moderation.entity.PostKind;
import se.hjulet.hub.moderation.entity.Report;

/** Reports, decisions and a person's export as the API shows them. */
public final class ModerationViews {

    private static final int EXCERPT = 200;

    private ModerationViews() {
    }

    /** Which post, with the start of its text and where it is read; {@code exists} false once it is gone. */
    public record PostRef(String kind, long id, boolean exists, String excerpt, String url) {
        public static PostRef of(PostKind kind, long id, Post post) {
            if (post == null) {
                return new PostRef(kind.code(), id, false, null, null);
            }
            String text = post.plainText();
            return new PostRef(kind.code(), id, true, text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text, post.pagePath());
        }
    }

    /** @param status open, hidden (the post was hidden) or dismissed */
    public record ReportView(long id, PostRef post, String reason, Instant createdAt, String status, Instant resolvedAt) {
        public static ReportView of(Report r, Post post) {
            return new ReportView(r.id(), PostRef.of(r.postKind(), r.postId(), post), r.reason(), r.createdAt(),
                    r.resolution() == null ? "open" : r.resolution().name().toLowerCase(Locale.ROOT), r.resolvedAt());
        }
    }

    public record DecisionView(long id, String postKind, long postId, String action, String reason, String decidedBy, Instant decidedAt) {
        public static DecisionView of(ModerationDecision d) {
            return new DecisionView(d.id(), d.postKind().code(), d.postId(), d.action().name().toLowerCase(Locale.ROOT), d.reason(),
                    d.decidedBy() == null ? null : d.decidedBy().displayName(), d.decidedAt());
        }
    }

    /** One post in a person's export: everything they wrote, with where it stands. */
    public record ExportedPost(String kind, long id, String title, String text, String organisation, String url,
                               Instant createdAt, Instant editedAt, Instant hiddenAt, String hiddenReason) {
        static ExportedPost of(Post p, String title) {
            return new ExportedPost(p.postKind().code(), p.id(), title, p.text(),
                    p.organisation() == null ? null : p.organisation().name(), p.pagePath(), p.createdAt(), p.editedAt(),
                    p.hiddenAt(), p.hiddenReason());
        }
    }

    public record ExportedReport(String postKind, long postId, String reason, Instant createdAt) {
    }

    public record ExportedReuse(long itemId, String itemTitle, String organisation, String how, Instant createdAt) {
    }

    /** What a person takes with them: who they are to the hub and all they wrote. */
    public record Export(long personId, String name, String email, Instant exportedAt, List<ExportedPost> questions,
                         List<ExportedPost> answers, List<ExportedPost> comments, List<ExportedReport> reports,
                         List<ExportedReuse> reuseMarks) {
        public static Export of(MyPosts.Export e) {
            return new Export(e.person().id(), e.person().displayName(), e.person().email(), Instant.now(),
                    e.questions().stream().map(q -> ExportedPost.of(q, q.title())).toList(),
                    e.answers().stream().map(a -> ExportedPost.of(a, a.question().title())).toList(),
                    e.comments().stream().map(c -> ExportedPost.of(c, c.initiative() != null ? c.initiative().title() : c.collection().title())).toList(),
                    e.reports().stream().map(r -> new ExportedReport(r.postKind().code(), r.postId(), r.reason(), r.createdAt())).toList(),
                    e.reuseMarks().stream().map(m -> new ExportedReuse(m.item().id(), m.item().title(), m.organisation().name(),
                            m.how().name(), m.createdAt())).toList());
        }
    }
}
