package se.hjulet.search.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One searchable item as stored in the index. All text is plain text (callers strip HTML first).
 * The id is always {@code kind + ":" + databaseId}, so re-indexing an item overwrites it.
 *
 * @param id                {@link #idOf(String, long)}; may be passed as {@code null} and is then derived
 * @param kind              one of {@link #KINDS}
 * @param databaseId        the item's primary key in the database
 * @param title             the item's title (required)
 * @param lead              short introduction, may be null
 * @param body              all long text fields of the item concatenated, may be null
 * @param conclusions       lessons learned / conclusions, one entry each
 * @param organisationCode  code of the owning organisation, may be null
 * @param organisationName  name of the owning organisation, may be null
 * @param organisationNames names of all participating organisations (owner included)
 * @param countyCode        two-digit county code, may be null
 * @param policyAreas       policy area codes
 * @param tags              free tags
 * @param language          "sv" or "en"; null means "sv"
 * @param visibility        "public" for items anyone may see; anything else is never returned by searches
 * @param publishedAt       when the item was published, may be null
 * @param updatedAt         last change, may be null
 * @param url               path of the item's page, for example {@code /projekt/42}
 * @param attachments       documents attached to the item (name and extracted text), so a hit can come from them
 * @param facets            what the item is filtered by besides its kind, organisation and county
 * @param matching          what similar items and co-procurement partners compare besides text and facets
 * @param reuseCount        how many organisations marked that they reused the item or were inspired by it: a gentle
 *                          lift in ranking (see {@code Search})
 */
public record IndexEntry(
        String id,
        String kind,
        long databaseId,
        String title,
        String lead,
        String body,
        List<String> conclusions,
        String organisationCode,
        String organisationName,
        List<String> organisationNames,
        String countyCode,
        List<String> policyAreas,
        List<String> tags,
        String language,
        String visibility,
        Instant publishedAt,
        Instant updatedAt,
        String url,
        List<Attachment> attachments,
        @JsonUnwrapped Facets facets,
        @JsonUnwrapped Matching matching,
        int reuseCount) {

    public static final String LEARNING_EXAMPLE = "learning_example";
    public static final String PROJECT = "project";
    public static final String PROCUREMENT_NEED = "procurement_need";
    public static final String DOCUMENT = "document";
    public static final String COLLECTION = "collection";
    /** A question to the network, with its answers. */
    public static final String QUESTION = "question";
    public static final Set<String> KINDS = Set.of(LEARNING_EXAMPLE, PROJECT, PROCUREMENT_NEED, DOCUMENT, COLLECTION, QUESTION);

    public static final String PUBLIC = "public";

    public IndexEntry {
        if (kind == null || !KINDS.contains(kind)) {
            throw new IllegalArgumentException("Unknown document kind '" + kind + "'; expected one of " + KINDS);
        }
        String expectedId = idOf(kind, databaseId);
        if (id == null) {
            id = expectedId;
        } else if (!id.equals(expectedId)) {
            throw new IllegalArgumentException("Document id must be '" + expectedId + "', got '" + id + "'");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("Document " + id + " has no title");
        }
        if (visibility == null || visibility.isBlank()) {
            throw new IllegalArgumentException("Document " + id + " has no visibility");
        }
        language = language == null || language.isBlank() ? "sv" : language;
        conclusions = cleaned(conclusions);
        organisationNames = cleaned(organisationNames);
        policyAreas = cleaned(policyAreas);
        tags = cleaned(tags);
        attachments = attachments == null ? List.of() : attachments.stream().filter(Objects::nonNull).toList();
        facets = facets == null ? Facets.NONE : facets;
        matching = matching == null ? Matching.NONE : matching;
        if (reuseCount < 0) {
            throw new IllegalArgumentException("Document " + id + " has a negative reuse count");
        }
    }

    /** Without matching data and not marked as reused by anyone (documents, collections, questions, older callers). */
    public IndexEntry(String id, String kind, long databaseId, String title, String lead, String body,
            List<String> conclusions, String organisationCode, String organisationName, List<String> organisationNames,
            String countyCode, List<String> policyAreas, List<String> tags, String language, String visibility,
            Instant publishedAt, Instant updatedAt, String url, List<Attachment> attachments, Facets facets) {
        this(id, kind, databaseId, title, lead, body, conclusions, organisationCode, organisationName, organisationNames,
                countyCode, policyAreas, tags, language, visibility, publishedAt, updatedAt, url, attachments, facets,
                Matching.NONE, 0);
    }

    /** The same entry, marked as reused by this many organisations. */
    public IndexEntry withReuseCount(int count) {
        return new IndexEntry(id, kind, databaseId, title, lead, body, conclusions, organisationCode, organisationName,
                organisationNames, countyCode, policyAreas, tags, language, visibility, publishedAt, updatedAt, url, attachments,
                facets, matching, count);
    }

    /** Without facets besides kind, organisation and county (documents, collections, older callers). */
    public IndexEntry(String id, String kind, long databaseId, String title, String lead, String body,
            List<String> conclusions, String organisationCode, String organisationName, List<String> organisationNames,
            String countyCode, List<String> policyAreas, List<String> tags, String language, String visibility,
            Instant publishedAt, Instant updatedAt, String url, List<Attachment> attachments) {
        this(id, kind, databaseId, title, lead, body, conclusions, organisationCode, organisationName, organisationNames,
                countyCode, policyAreas, tags, language, visibility, publishedAt, updatedAt, url, attachments, Facets.NONE,
                Matching.NONE, 0);
    }

    /**
     * The values an item is filtered and counted by in search. Stored flat in the index (see
     * {@code index-mappings.json}); all may be empty.
     *
     * @param organisationKind  kind of the owner: municipality, region, federation, agency, other
     * @param sizeGroup         the owning municipality's size group ({@code under-10000} …), or null
     * @param years             every year the item's period touches
     * @param cpvCodes          a need's CPV codes, 8 digits
     * @param cpvDivisions      their divisions, the first two digits
     * @param projectPhase      a project's phase (idea, pre_study, ongoing, completed, in_management)
     * @param procurementStatus a need's status (planning, open_for_partners, tendering, awarded, cancelled)
     */
    public record Facets(String organisationKind, String sizeGroup, List<Integer> years, List<String> cpvCodes,
            List<String> cpvDivisions, String projectPhase, String procurementStatus) {

        public static final Facets NONE = new Facets(null, null, List.of(), List.of(), List.of(), null, null);

        public Facets {
            years = years == null ? List.of() : years.stream().filter(Objects::nonNull).distinct().sorted().toList();
            cpvCodes = cleaned(cpvCodes);
            cpvDivisions = cpvDivisions == null || cpvDivisions.isEmpty()
                    ? cpvCodes.stream().filter(c -> c.length() >= 2).map(c -> c.substring(0, 2)).distinct().toList()
                    : cleaned(cpvDivisions);
        }

        /**
         * The CPV groups of the codes (first three digits), for codes below division level: a code's third digit
         * is 0 exactly when it is a division itself, so "480" is no group of 48000000.
         */
        @JsonProperty("cpvGroups")
        public List<String> cpvGroups() {
            return cpvCodes.stream().filter(c -> c.length() >= 3 && c.charAt(2) != '0').map(c -> c.substring(0, 3)).distinct().toList();
        }

        /** The CPV classes of the codes (first four digits), for codes below group level. */
        @JsonProperty("cpvClasses")
        public List<String> cpvClasses() {
            return cpvCodes.stream().filter(c -> c.length() >= 4 && c.charAt(2) != '0' && c.charAt(3) != '0')
                    .map(c -> c.substring(0, 4)).distinct().toList();
        }

        /** Every year from {@code from} to {@code to} (both included; at most 50), or none without a start. */
        public static List<Integer> yearsBetween(Integer from, Integer to) {
            if (from == null) {
                return List.of();
            }
            int last = to == null ? from : Math.min(to, from + 49);
            List<Integer> years = new ArrayList<>();
            for (int year = from; year <= last; year++) {
                years.add(year);
            }
            return years;
        }
    }

    /**
     * What matching compares besides the text and the facets: who the owner works with and how big it is, and
     * when a need will be procured. Stored flat (see {@code index-mappings.json}); all may be empty.
     *
     * @param federations     references (code, or name without one) of the federations the owner belongs to,
     *                        and of the owner itself when it is a federation
     * @param ownerPopulation the owning municipality's population (SCB, 31 December 2024), or null
     * @param windowFrom      a need's planned procurement window: its first day, or null
     * @param windowTo        its last day, or null
     * @param coProcurement   a need that other organisations may join
     * @param joinDeadline    the last day they may join it, or null
     */
    public record Matching(List<String> federations, Integer ownerPopulation, LocalDate windowFrom, LocalDate windowTo,
            boolean coProcurement, LocalDate joinDeadline) {

        public static final Matching NONE = new Matching(List.of(), null, null, null, false, null);

        public Matching {
            federations = cleaned(federations);
        }
    }

    /** Without attachments (items that have no documents). */
    public IndexEntry(String id, String kind, long databaseId, String title, String lead, String body,
            List<String> conclusions, String organisationCode, String organisationName, List<String> organisationNames,
            String countyCode, List<String> policyAreas, List<String> tags, String language, String visibility,
            Instant publishedAt, Instant updatedAt, String url) {
        this(id, kind, databaseId, title, lead, body, conclusions, organisationCode, organisationName, organisationNames,
                countyCode, policyAreas, tags, language, visibility, publishedAt, updatedAt, url, List.of(), Facets.NONE,
                Matching.NONE, 0);
    }

    /**
     * A document attached to an item, indexed inside the item so its text finds the item.
     *
     * @param databaseId the document's id in the database
     * @param name       the file name shown to people
     * @param text       extracted plain text, may be empty
     */
    public record Attachment(long databaseId, String name, String text) {
        public Attachment {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("An attachment needs a name");
            }
            text = text == null ? "" : text;
        }
    }

    /** The index id of an item: {@code kind + ":" + databaseId}. */
    public static String idOf(String kind, long databaseId) {
        return kind + ":" + databaseId;
    }

    public static Builder builder(String kind, long databaseId) {
        return new Builder(kind, databaseId);
    }

    private static List<String> cleaned(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    /** For callers that fill a document field by field; {@link #build()} validates like the constructor. */
    public static final class Builder {
        private final String kind;
        private final long databaseId;
        private String title;
        private String lead;
        private String body;
        private List<String> conclusions = new ArrayList<>();
        private String organisationCode;
        private String organisationName;
        private List<String> organisationNames = new ArrayList<>();
        private String countyCode;
        private List<String> policyAreas = new ArrayList<>();
        private List<String> tags = new ArrayList<>();
        private String language;
        private String visibility;
        private Instant publishedAt;
        private Instant updatedAt;
        private String url;
        private List<Attachment> attachments = new ArrayList<>();
        private Facets facets = Facets.NONE;
        private Matching matching = Matching.NONE;
        private int reuseCount;

        private Builder(String kind, long databaseId) {
            this.kind = kind;
            this.databaseId = databaseId;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder lead(String lead) {
            this.lead = lead;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder conclusions(List<String> conclusions) {
            this.conclusions = conclusions;
            return this;
        }

        public Builder organisation(String code, String name) {
            this.organisationCode = code;
            this.organisationName = name;
            return this;
        }

        public Builder organisationNames(List<String> organisationNames) {
            this.organisationNames = organisationNames;
            return this;
        }

        public Builder countyCode(String countyCode) {
            this.countyCode = countyCode;
            return this;
        }

        public Builder policyAreas(List<String> policyAreas) {
            this.policyAreas = policyAreas;
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder visibility(String visibility) {
            this.visibility = visibility;
            return this;
        }

        public Builder publishedAt(Instant publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        public Builder updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder attachments(List<Attachment> attachments) {
            this.attachments = attachments;
            return this;
        }

        public Builder facets(Facets facets) {
            this.facets = facets;
            return this;
        }

        public Builder matching(Matching matching) {
            this.matching = matching;
            return this;
        }

        public Builder reuseCount(int reuseCount) {
            this.reuseCount = reuseCount;
            return this;
        }

        public IndexEntry build() {
            return new IndexEntry(null, kind, databaseId, title, lead, body, conclusions, organisationCode,
                    organisationName, organisationNames, countyCode, policyAreas, tags, language, visibility,
                    publishedAt, updatedAt, url, attachments, facets, matching, reuseCount);
        }
    }
}
