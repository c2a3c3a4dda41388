package se.hjulet.hub.indexing.control;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.collection.entity.Theme;
import se.hjulet.hub.document.entity.Document;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.entity.Period;
import se.hjulet.hub.procurement.entity.CpvCode;
import se.hjulet.hub.procurement.entity.ProcurementNeed;
import se.hjulet.hub.project.entity.Project;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.question.entity.Answer;
import se.hjulet.hub.question.entity.Question;
import se.hjulet.search.index.IndexEntry;

/** How an item of the hub looks to the search index. */
public final class IndexEntries {

    private IndexEntries() {
    }

    public static String idOf(String kind, long id) {
        return IndexEntry.idOf(kind, id);
    }

    public static IndexEntry of(Initiative initiative) {
        return of(initiative, List.of());
    }

    /**
     * How much of a document's text goes into the index: about a hundred pages. The database keeps all of
     * it. A 5-million-character text (what a zip-bomb DOCX yields at the reader's write limit) took longer
     * to analyse than a bulk request may take, and was sent again and again; highlighting also stops at
     * a million characters of a field ({@code index.highlight.max_analyzed_offset}).
     */
    static final int MAX_INDEXED_TEXT = 200_000;

    /** The text cut at {@link #MAX_INDEXED_TEXT}, at a word's end where there is one nearby. */
    static String indexedText(String text) {
        if (text == null || text.length() <= MAX_INDEXED_TEXT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_INDEXED_TEXT);
        if (cut <= MAX_INDEXED_TEXT - 100) {
            cut = Character.isHighSurrogate(text.charAt(MAX_INDEXED_TEXT - 1)) ? MAX_INDEXED_TEXT - 1 : MAX_INDEXED_TEXT;
        }
        return text.substring(0, cut);
    }

    /** The item with its documents' names and text, so a hit can come from them. */
    public static IndexEntry of(Initiative initiative, List<Document> documents) {
        return of(initiative, documents, List.of(), 0);
    }

    /**
     * The item with its documents, the federations its owner belongs to (for matching: two members of one
     * kommunalförbund are natural partners), and how many organisations marked that they reused it (a lift in ranking).
     */
    public static IndexEntry of(Initiative initiative, List<Document> documents, List<Organisation> ownerFederations,
                                    int reuseCount) {
        return new IndexEntry(
                idOf(initiative.kind(), initiative.id()),
                initiative.kind(),
                initiative.id(),
                initiative.title(),
                initiative.lead(),
                initiative.bodyText(),
                initiative.keyPoints(),
                initiative.owner().reference(),
                initiative.owner().name(),
                initiative.involvedOrganisations().map(Organisation::name).toList(),
                initiative.owner().countyCode(),
                List.copyOf(initiative.policyAreas()),
                List.copyOf(initiative.tags()),
                initiative.language(),
                initiative.isPublic() ? "public" : "private",
                initiative.publishedAt(),
                initiative.updatedAt(),
                initiative.pagePath(),
                documents.stream().map(d -> new IndexEntry.Attachment(d.id(), d.name(), indexedText(d.text()))).toList(),
                facetsOf(initiative),
                matchingOf(initiative, ownerFederations),
                reuseCount);
    }

    /** What matching compares besides text and facets: the owner's federations and size, a need's window. */
    static IndexEntry.Matching matchingOf(Initiative initiative, List<Organisation> ownerFederations) {
        Organisation owner = initiative.owner();
        List<String> federations = new java.util.ArrayList<>(ownerFederations.stream().map(Organisation::reference).toList());
        if (owner.isFederation()) {
            federations.add(owner.reference());
        }
        if (initiative instanceof ProcurementNeed need) {
            return new IndexEntry.Matching(federations, owner.population(), need.windowFrom(), need.windowTo(),
                    need.openForCoProcurement(), need.joinDeadline());
        }
        return new IndexEntry.Matching(federations, owner.population(), null, null, false, null);
    }

    /** What search filters the item by: the owner's kind and size, the years it runs, and its kind's own states. */
    static IndexEntry.Facets facetsOf(Initiative initiative) {
        Organisation owner = initiative.owner();
        List<String> cpv = List.of();
        String phase = null;
        String status = null;
        if (initiative instanceof ProcurementNeed need) {
            cpv = need.allCpv().stream().map(CpvCode::code).toList();
            status = need.procurementStatus() == null ? null : need.procurementStatus().name().toLowerCase(Locale.ROOT);
        } else if (initiative instanceof Project project) {
            phase = project.phase() == null ? null : project.phase().name().toLowerCase(Locale.ROOT);
        }
        return new IndexEntry.Facets(owner.kind().name().toLowerCase(Locale.ROOT), owner.sizeGroup(), years(initiative),
                cpv, null, phase, status);
    }

    /**
     * The years the item's period touches; an ongoing one runs to this year; without a period, the year it
     * was published.
     */
    static List<Integer> years(Initiative initiative) {
        Period period = initiative.period();
        if (period != null && period.from() != null) {
            Integer to = period.to() != null ? Integer.valueOf(period.to().getYear())
                    : period.ongoing() ? Integer.valueOf(Math.max(period.from().getYear(), Year.now().getValue())) : null;
            return IndexEntry.Facets.yearsBetween(period.from().getYear(), to);
        }
        Instant published = initiative.publishedAt();
        return published == null ? List.of() : List.of(published.atZone(ZoneOffset.UTC).getYear());
    }

    /** A public collection: its themes, items, notes and questions are its text; participants its organisations. */
    public static IndexEntry of(CuratedCollection collection) {
        return IndexEntry.builder(CuratedCollection.KIND, collection.id())
                .title(collection.title())
                .lead(collection.description())
                .body(collection.bodyText())
                .conclusions(collection.themes().stream().map(Theme::title).toList())
                .organisationNames(collection.participants().stream().map(Organisation::name).toList())
                .visibility(collection.isPublic() ? IndexEntry.PUBLIC : "private")
                .publishedAt(collection.createdAt())
                .updatedAt(collection.updatedAt())
                .url(collection.pagePath())
                .build();
    }

    /**
     * A question with its answers (kind {@code question}): the question's text is its lead, the answers its body,
     * and the answer the asker marked as helpful weighs like a learning example's conclusions. Hidden answers are
     * left out; the organisations are the one it was asked for and those that answered.
     */
    public static IndexEntry of(Question question) {
        List<Answer> answers = question.visibleAnswers();
        Organisation asking = question.organisation();
        Answer helpful = question.helpfulAnswer();
        Instant updated = answers.stream().map(a -> a.editedAt() != null ? a.editedAt() : a.createdAt())
                .reduce(question.updatedAt(), (a, b) -> a.isAfter(b) ? a : b);
        var entry = IndexEntry.builder(Question.KIND, question.id())
                .title(question.title())
                .lead(question.plainText())
                .body(answers.stream().map(Answer::plainText).collect(Collectors.joining("\n")))
                .conclusions(helpful != null && !helpful.isHidden() ? List.of(helpful.plainText()) : List.of())
                .organisationNames(java.util.stream.Stream.concat(java.util.stream.Stream.of(asking),
                                answers.stream().map(Answer::organisation))
                        .filter(java.util.Objects::nonNull).map(Organisation::name).distinct().toList())
                .policyAreas(List.copyOf(question.policyAreas()))
                .language("sv")
                .visibility(question.isPublic() ? IndexEntry.PUBLIC : "private")
                .publishedAt(question.createdAt())
                .updatedAt(updated)
                .url(question.pagePath())
                .facets(new IndexEntry.Facets(asking == null ? null : asking.kind().name().toLowerCase(Locale.ROOT),
                        asking == null ? null : asking.sizeGroup(),
                        List.of(question.createdAt().atZone(ZoneOffset.UTC).getYear()), List.of(), List.of(), null, null));
        if (asking != null) {
            entry.organisation(asking.reference(), asking.name()).countyCode(asking.countyCode());
        }
        return entry.build();
    }

    /** A document on its own (kind {@code document}): found and shown as itself, visible when its item is. */
    public static IndexEntry of(Document document) {
        Initiative initiative = document.initiative();
        return IndexEntry.builder(Document.KIND, document.id())
                .title(document.name())
                .lead(document.title())
                .body(indexedText(document.text()))
                .organisation(initiative.owner().reference(), initiative.owner().name())
                .organisationNames(initiative.involvedOrganisations().map(Organisation::name).toList())
                .countyCode(initiative.owner().countyCode())
                .policyAreas(List.copyOf(initiative.policyAreas()))
                .language(document.language() == null ? initiative.language() : document.language())
                .visibility(initiative.isPublic() ? IndexEntry.PUBLIC : "private")
                .publishedAt(initiative.publishedAt())
                .updatedAt(document.updatedAt())
                // The item's page lists the document with its download link.
                .url(initiative.pagePath())
                .facets(new IndexEntry.Facets(initiative.owner().kind().name().toLowerCase(Locale.ROOT),
                        initiative.owner().sizeGroup(), years(initiative), List.of(), List.of(), null, null))
                .build();
    }
}
