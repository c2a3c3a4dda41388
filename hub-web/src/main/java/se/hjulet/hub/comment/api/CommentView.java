package se.hjulet.hub.comment.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hjulet.hub.comment.entity.Comment;
import se.hjulet.hub.moderation.api.PostViews.AuthorView;
import se.hjulet.hub.moderation.api.PostViews.HiddenView;
import se.hjulet.hub.moderation.api.PostViews.Reader;

/**
 * A comment as the API shows it, a thread's first comment with its replies. A deleted comment and a
 * hidden one (for readers other than its author and the admins) keep their place without text or
 * author when replies hang on them; without replies they are left out.
 */
public record CommentView(long id, Long replyTo, String text, AuthorView author, boolean pinned, boolean deleted,
                          boolean hiddenByModerator, HiddenView hidden, Instant createdAt, Instant editedAt, boolean mine,
                          List<CommentView> replies) {

    public static CommentView of(Comment c, Reader reader) {
        return of(c, reader, List.of());
    }

    static CommentView of(Comment c, Reader reader, List<CommentView> replies) {
        boolean withheld = c.isDeleted() || c.isHidden() && !reader.seesHidden(c);
        return new CommentView(c.id(), c.replyTo() == null ? null : c.replyTo().id(), withheld ? null : c.text(),
                withheld ? null : AuthorView.of(c), c.isPinned(), c.isDeleted(), c.isHidden(), HiddenView.of(c, reader),
                c.createdAt(), c.editedAt(), reader.wrote(c), replies);
    }

    /** The comments of an item as threads: the pinned one first, then in the order they were started. */
    public static List<CommentView> threads(List<Comment> comments, Reader reader) {
        Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
        for (Comment c : comments) {
            if (c.isReply() && shown(c, reader, false)) {
                replies.computeIfAbsent(c.replyTo().id(), id -> new ArrayList<>()).add(of(c, reader));
            }
        }
        List<CommentView> threads = new ArrayList<>();
        for (Comment c : comments) {
            List<CommentView> beneath = replies.getOrDefault(c.id(), List.of());
            if (!c.isReply() && shown(c, reader, !beneath.isEmpty())) {
                threads.add(of(c, reader, beneath));
            }
        }
        threads.sort((a, b) -> Boolean.compare(b.pinned(), a.pinned()));
        return threads;
    }

    private static boolean shown(Comment c, Reader reader, boolean hasReplies) {
        return hasReplies || !c.isDeleted() && (!c.isHidden() || reader.seesHidden(c));
    }
}
