package se.hjulet.hub.moderation.boundary;

/** Why a platform admin hides or restores a post (kept for audit), at most 1,000 characters. */
public record ModerationInput(String reason) {
}
