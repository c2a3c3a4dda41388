package se.hjulet.hub.comment.boundary;

/**
 * A comment as its author writes it.
 *
 * @param text         rich text (sanitised) or plain text (blank lines make paragraphs), at most 4,000 characters
 * @param replyTo      the id of the comment that starts the thread this replies to; none: a new thread
 * @param organisation code or name of the organisation it is written for; none: for themselves
 */
public record CommentInput(String text, Long replyTo, String organisation) {
}
