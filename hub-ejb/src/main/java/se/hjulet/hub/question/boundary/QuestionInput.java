package se.hjulet.hub.question.boundary;

import java.util.List;
import java.util.Set;

/**
 * A question as its asker writes it.
 *
 * @param title        what they want to know, in a line (at most 200 characters)
 * @param text         the question in full: rich text (sanitised) or plain text (blank lines make paragraphs)
 * @param policyAreas  the policy areas it is about
 * @param concerns     ids of published items it is about (at most 10)
 * @param organisation code or name of the organisation it is asked for; none: for themselves
 * @param version      the version edited, to guard against lost updates (edits only)
 */
public record QuestionInput(String title, String text, Set<String> policyAreas, List<Long> concerns, String organisation,
                            Long version) {
}
