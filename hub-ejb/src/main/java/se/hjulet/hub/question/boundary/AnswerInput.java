package se.hjulet.hub.question.boundary;

/**
 * An answer as its author writes it.
 *
 * @param text         rich text (sanitised) or plain text (blank lines make paragraphs), at most 10,000 characters
 * @param organisation code or name of the organisation it is written for; none: for themselves
 */
public record AnswerInput(String text, String organisation) {
}
