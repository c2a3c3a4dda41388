package se.hjulet.hub.matching.boundary;

import jakarta.validation.constraints.Size;

/**
 * A text being written, to compare with what is published; nothing of it is stored.
 *
 * @param title the draft's title (required)
 * @param lead  its lead, if written yet
 * @param text  its longer text (plain text or the form's HTML), if written yet
 * @param kind  {@code learning_example}, {@code project} or {@code procurement_need}; learning example if left out
 * @param id    the initiative being edited, if it exists already: never a look-alike of itself
 */
public record LookAlikeInput(
        @Size(max = 300) String title,
        @Size(max = 2000) String lead,
        @Size(max = 100_000) String text,
        @Size(max = 40) String kind,
        Long id) {
}
