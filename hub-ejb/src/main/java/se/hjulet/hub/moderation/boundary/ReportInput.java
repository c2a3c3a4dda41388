package se.hjulet.hub.moderation.boundary;

/**
 * "This post breaks the rules": which post and why.
 *
 * @param postKind question, answer or comment
 * @param postId   the post's id
 * @param reason   what is wrong with it, at most 1,000 characters
 */
public record ReportInput(String postKind, Long postId, String reason) {
}
