package se.hjulet.hub.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a form's boxes hold, as text, turned into the values an input record takes. Every box of a form is
 * text (a date input, a number, a choice), so a wrong value is one message among the others instead of a
 * conversion error that stops Faces before the form has looked at anything else. Each wrong value leaves
 * a {@link FormErrors.FieldError} behind.
 */
public final class TypedInput {

    private static final Pattern LINE = Pattern.compile("\\R");
    private static final Pattern TERM_SEPARATOR = Pattern.compile("[,;\\n]");
    private static final Pattern CODE_SEPARATOR = Pattern.compile("[,;\\s]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]");

    private final FormErrors.Words words;
    private final List<FormErrors.FieldError> errors = new ArrayList<>();

    public TypedInput(FormErrors.Words words) {
        this.words = words;
    }

    /** What could not be read, in the order it was read. */
    public List<FormErrors.FieldError> errors() {
        return List.copyOf(errors);
    }

    /** A date typed as yyyy-mm-dd (what a date input sends); null when empty or wrong. */
    public LocalDate date(String clientId, String label, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FormErrors.FieldError(clientId, words.get("error.date", label)));
            return null;
        }
    }

    /** A whole number; spaces between the thousands ("6 000 000") are fine. */
    public Long wholeNumber(String clientId, String label, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.valueOf(SPACES.matcher(value).replaceAll(""));
        } catch (NumberFormatException e) {
            errors.add(new FormErrors.FieldError(clientId, words.get("error.wholeNumber", label)));
            return null;
        }
    }

    public Integer smallWholeNumber(String clientId, String label, String value) {
        Long number = wholeNumber(clientId, label, value);
        if (number != null && (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE)) {
            errors.add(new FormErrors.FieldError(clientId, words.get("error.wholeNumber", label)));
            return null;
        }
        return number == null ? null : number.intValue();
    }

    /** A decimal number with a comma or a point ("12,5"). */
    public BigDecimal decimal(String clientId, String label, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return new BigDecimal(SPACES.matcher(value).replaceAll("").replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(new FormErrors.FieldError(clientId, words.get("error.decimal", label)));
            return null;
        }
    }

    /** One of an enum's names, as a select sends it. */
    public <E extends Enum<E>> E choice(Class<E> type, String clientId, String label, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FormErrors.FieldError(clientId, words.get("error.choice", label)));
            return null;
        }
    }

    /** The text, stripped; null when there is none. */
    public static String text(String value) {
        return blank(value) ? null : value.strip();
    }

    /** One entry per line (conclusions, success factors); blank lines are dropped. */
    public static List<String> lines(String value) {
        if (value == null) {
            return List.of();
        }
        return LINE.splitAsStream(value).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Terms separated by commas (semicolons and new lines count too); blanks and repeats are dropped. */
    public static Set<String> terms(String value) {
        if (value == null) {
            return Set.of();
        }
        return TERM_SEPARATOR.splitAsStream(value).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Codes (CPV) separated by commas, semicolons or spaces. */
    public static List<String> codes(String value) {
        if (value == null) {
            return List.of();
        }
        return CODE_SEPARATOR.splitAsStream(value.strip()).filter(s -> !s.isEmpty()).toList();
    }

    /** Terms back into a box: "Digitalisering, Äldreomsorg". */
    public static String joinTerms(java.util.Collection<String> terms) {
        return String.join(", ", terms);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
