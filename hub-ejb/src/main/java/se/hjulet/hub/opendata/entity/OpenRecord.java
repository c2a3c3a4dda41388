package se.hjulet.hub.opendata.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One published item as open data: what a re-user needs to find, join and follow it up, and nothing
 * about a person. Contacts, authors and free prose beyond the lead stay on the item's page.
 * The fields of the other kinds are null (or empty).
 *
 * @param ownerCode        kommunkod, länskod or organisation number; null for an organisation without one
 * @param pagePath         the item's page, relative to the hub's root
 * @param mainCpvCode      with its check digit, as tender documents write it ({@code 48000000-8})
 */
public record OpenRecord(
        long id, String kind, String title, String lead, String language, String licence, String pagePath,
        String ownerName, String ownerCode, String ownerKind, String countyCode,
        List<Participant> participants, List<String> policyAreas, List<String> tags,
        LocalDate periodFrom, LocalDate periodTo, boolean ongoing,
        Instant publishedAt, Instant updatedAt, Instant lastConfirmedAt,
        LocalDate originallyPublished,
        String phase, String collaborationLevel, Long budgetSek,
        String mainCpvCode, List<String> additionalCpvCodes, String procurementStatus,
        Long estimatedValueMinSek, Long estimatedValueMaxSek, LocalDate procurementWindowFrom,
        LocalDate procurementWindowTo, Integer contractLengthMonths, Boolean openForCoProcurement,
        LocalDate joinDeadline) {

    /** An organisation taking part, and how ({@code lead}, {@code partner}, {@code co_financier}). */
    public record Participant(String name, String code, String role) {
    }
}
