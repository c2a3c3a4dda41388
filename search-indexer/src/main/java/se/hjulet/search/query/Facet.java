package se.hjulet.search.query;

import java.util.regex.Pattern;

/**
 * What search results can be filtered and counted by. {@link #parameter()} is the name in URLs and the
 * API ({@code ?county=14&year=2024&sizeGroup=under-10000}); {@link #field()} the index field. Within a facet the chosen values
 * are alternatives; across facets all must hold.
 */
public enum Facet {
    KIND("kind", "kind", Pattern.compile("[a-z_]{1,40}")),
    ORGANISATION("organisation", "organisationCode", Pattern.compile(".{1,200}")),
    COUNTY("county", "countyCode", Pattern.compile("\\d{2}")),
    SIZE("sizeGroup", "sizeGroup", Pattern.compile("[a-z0-9-]{1,40}")),
    AREA("policyArea", "policyAreas", Pattern.compile(".{1,100}")),
    YEAR("year", "years", Pattern.compile("(19|20)\\d{2}")),
    CPV("cpv", "cpvDivisions", Pattern.compile("\\d{2}")),
    PHASE("phase", "projectPhase", Pattern.compile("[a-z_]{1,40}")),
    STATUS("procurementStatus", "procurementStatus", Pattern.compile("[a-z_]{1,40}"));

    /** More values than this in one facet are refused: no person picks them, and each one is a term query. */
    public static final int MAX_VALUES = 50;

    private final String parameter;
    private final String field;
    private final Pattern valid;

    Facet(String parameter, String field, Pattern valid) {
        this.parameter = parameter;
        this.field = field;
        this.valid = valid;
    }

    public String parameter() {
        return parameter;
    }

    String field() {
        return field;
    }

    boolean accepts(String value) {
        return valid.matcher(value).matches();
    }

    /** How many values the results show at most (all kinds, all years, the biggest organisations …). */
    int shown() {
        return switch (this) {
            case ORGANISATION, AREA -> 15;
            case YEAR -> 30;
            default -> 25;
        };
    }
}
