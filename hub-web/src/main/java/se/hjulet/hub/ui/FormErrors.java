package se.hjulet.hub.ui;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one way every form turns a complaint into a message on the field it is about: Bean Validation's
 * violations of an input record, a boundary's refusal naming a field, and the form's own parsing (dates,
 * numbers). Messages come in the form's order, so the error summary reads like the form.
 *
 * <p>A form's component ids are its input record's property names ({@code title}, {@code budgetSek});
 * rows of a list are {@code section:row:prefixProperty} ({@code contacts:2:contactEmail}), written by
 * {@code ui:repeat id="contacts"} in a form that does not prefix its ids.
 *
 * <p>It knows nothing of Faces: the words come from a {@link Words}, so it is tested with the real bundle.
 */
public final class FormErrors {

    /** A message for one component (null: for the page as a whole). */
    public record FieldError(String clientId, String text) {
    }

    /**
     * A list in the input shown as rows: the input's property ({@code participatingOrganisations}), the
     * ui:repeat's id ({@code participants}), the prefix of the boxes' ids and message keys
     * ({@code participant}) and the row's properties in the order the row shows them.
     */
    public record RowSection(String property, String id, String prefix, List<String> properties) {

        public String clientId(int row, String rowProperty) {
            return id + ":" + row + ":" + prefix + capitalise(rowProperty);
        }
    }

    /** The texts: the UI bundle in the person's language. */
    public interface Words {
        String get(String key, Object... arguments);

        boolean has(String key);
    }

    private final List<String> fieldOrder;
    private final List<RowSection> sections;
    private final Words words;

    /**
     * @param fieldOrder the input's properties in the order the form shows them (row sections among them,
     *                   by their input property)
     */
    public FormErrors(List<String> fieldOrder, List<RowSection> sections, Words words) {
        this.fieldOrder = List.copyOf(fieldOrder);
        this.sections = List.copyOf(sections);
        this.words = words;
    }

    /**
     * Messages for Bean Validation's violations, in form order, each once.
     *
     * @param rowsOf for each row section's input property, the form row each entry of the input came from
     *               (empty rows are left out of the input, so entry 1 may be row 3)
     */
    public List<FieldError> of(Collection<? extends ConstraintViolation<?>> violations, Map<String, int[]> rowsOf) {
        var seen = new LinkedHashSet<FieldError>();
        violations.stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<?> v) -> rank(firstProperty(v)))
                        .thenComparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> seen.add(errorOf(v, rowsOf)));
        return List.copyOf(seen);
    }

    private FieldError errorOf(ConstraintViolation<?> violation, Map<String, int[]> rowsOf) {
        List<Path.Node> nodes = propertyNodes(violation);
        String field = nodes.isEmpty() ? null : nodes.get(0).getName();
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        boolean tooMany = violation.getInvalidValue() instanceof Collection<?>;
        RowSection section = section(field);

        if (section != null && nodes.size() > 1 && !tooMany) {
            Path.Node inner = nodes.get(1);
            int[] rows = rowsOf.getOrDefault(field, new int[0]);
            Integer index = inner.getIndex();
            int row = index != null && index < rows.length ? rows[index] : 0;
            String property = inner.getName();
            String label = words.get("form." + section.prefix() + "." + property) + " ("
                    + words.get("form." + section.prefix() + ".legend", row + 1) + ")";
            String requiredKey = "error." + section.prefix() + "." + property + ".required";
            String text = switch (constraint) {
                case "NotBlank", "NotNull", "NotEmpty" -> words.has(requiredKey) ? words.get(requiredKey, row + 1)
                        : words.get("error.requiredGeneric", label);
                case "Email" -> words.get("error.email", row + 1);
                default -> boundsText(constraint, label, attributes, false, violation);
            };
            return new FieldError(section.clientId(row, property), text);
        }
        String clientId = field != null && fieldOrder.contains(field) && section == null ? field : null;
        String label = field == null ? "" : label(field);
        String requiredKey = "error.required." + field;
        String text = switch (constraint) {
            case "NotBlank", "NotNull", "NotEmpty" -> words.has(requiredKey) ? words.get(requiredKey)
                    : words.get("error.requiredGeneric", label);
            default -> tooMany ? words.get("error.tooMany", label, attributes.get("max"))
                    : boundsText(constraint, label, attributes, isListItem(violation), violation);
        };
        return new FieldError(clientId, text);
    }

    /** Size, numbers' bounds and the rest, in words; a constraint without words of ours keeps the validator's. */
    private String boundsText(String constraint, String label, Map<String, Object> attributes, boolean listItem,
                              ConstraintViolation<?> violation) {
        Object max = attributes.get("max");
        return switch (constraint) {
            case "Size" -> words.get(listItem ? "error.itemTooLong" : "error.tooLong", label, max);
            case "PositiveOrZero", "Positive" -> words.get("error.negative", label);
            case "Min", "DecimalMin" -> words.get("error.tooSmall", label, String.valueOf(attributes.get("value")));
            case "Max", "DecimalMax" -> words.get("error.tooLarge", label, String.valueOf(attributes.get("value")));
            case "Email" -> words.get("error.emailGeneric", label);
            default -> label.isEmpty() ? violation.getMessage() : label + ": " + violation.getMessage();
        };
    }

    /**
     * The component a boundary's refusal is about: {@code budgetSek} itself, the first row of a row
     * section ({@code financing.amountSek} → {@code financing:0:financingAmountSek}), or null for the page.
     *
     * @param suspectRow for a row section, the row the refusal most likely means (-1: the first entry's)
     */
    public String clientIdFor(String field, Map<String, int[]> rowsOf, java.util.function.ToIntFunction<RowSection> suspectRow) {
        if (field == null || field.isBlank()) {
            return null;
        }
        String root = field.split("[.\\[]")[0];
        RowSection section = section(root);
        if (section == null) {
            return fieldOrder.contains(root) ? root : null;
        }
        int[] rows = rowsOf.getOrDefault(root, new int[0]);
        if (rows.length == 0) {
            return null;
        }
        String property = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : null;
        if (property == null || !section.properties().contains(property)) {
            property = section.properties().get(0);
        }
        int suspect = suspectRow.applyAsInt(section);
        return section.clientId(suspect >= 0 ? suspect : rows[0], property);
    }

    /** The words for a field's label ({@code form.budgetSek.label}), or the field's name when there are none. */
    public String label(String field) {
        String key = "form." + field + ".label";
        return words.has(key) ? words.get(key) : field;
    }

    /** Sorts messages by where their components are in the form: field, then row, then the box in the row. */
    public Comparator<String> formOrder() {
        return Comparator.comparingInt(this::rankOfClientId);
    }

    int rankOfClientId(String clientId) {
        String[] parts = clientId.split(":");
        RowSection section = sections.stream().filter(s -> s.id().equals(parts[0])).findFirst().orElse(null);
        int rank = rank(section != null ? section.property() : parts[0]) * 100_000;
        if (section != null && parts.length == 3) {
            try {
                String property = parts[2].startsWith(section.prefix()) ? uncapitalise(parts[2].substring(section.prefix().length())) : "";
                rank += Integer.parseInt(parts[1]) * 100 + Math.max(0, section.properties().indexOf(property));
            } catch (NumberFormatException notARow) {
                // the rank of the section alone
            }
        }
        return rank;
    }

    private int rank(String field) {
        int rank = field == null ? -1 : fieldOrder.indexOf(field);
        return rank < 0 ? fieldOrder.size() : rank;
    }

    private RowSection section(String property) {
        return sections.stream().filter(s -> Objects.equals(s.property(), property)).findFirst().orElse(null);
    }

    private static String firstProperty(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = propertyNodes(violation);
        return nodes.isEmpty() ? null : nodes.get(0).getName();
    }

    private static List<Path.Node> propertyNodes(ConstraintViolation<?> violation) {
        var nodes = new ArrayList<Path.Node>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    /** A constraint on each entry of a list ({@code List<@Size(max = 100) String>}), not on the list. */
    private static boolean isListItem(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    static String capitalise(String name) {
        return name == null || name.isEmpty() ? "" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String uncapitalise(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
