package se.hjulet.hub.learningexample.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.hjulet.hub.document.api.DocumentView;
import se.hjulet.hub.initiative.api.RelationView;
import se.hjulet.hub.initiative.api.CoreViews.ContactView;
import se.hjulet.hub.initiative.api.CoreViews.LinkView;
import se.hjulet.hub.initiative.api.CoreViews.OrganisationRef;
import se.hjulet.hub.initiative.api.CoreViews.ParticipantView;
import se.hjulet.hub.initiative.entity.Relation;
import se.hjulet.hub.learningexample.entity.LearningExample;

/** A learning example as the API shows it. */
public record LearningExampleView(
        long id, String kind, String status, long version,
        String title, String lead,
        OrganisationRef owner, List<ParticipantView> participatingOrganisations,
        List<String> conclusions, String background, String implementation,
        List<String> successFactors, String results,
        Set<String> policyAreas, Set<String> tags,
        LocalDate periodFrom, LocalDate periodTo, boolean ongoing,
        List<ContactView> contacts, List<LinkView> links,
        String language, String licence, LocalDate originallyPublished,
        Instant createdAt, Instant updatedAt, Instant publishedAt, Instant lastConfirmedAt,
        boolean possiblyOutdated,
        List<DocumentView> documents,
        List<RelationView> relations) {

    /** Without its documents (lists); {@code documents} is then left out of the JSON. */
    public static LearningExampleView of(LearningExample e) {
        return of(e, null, List.of());
    }

    /**
     * With its attached documents (and how reading each of them went) and its lifecycle links, as far
     * as the reader may see the items at their other ends.
     */
    public static LearningExampleView of(LearningExample e, List<DocumentView> documents, List<Relation> relations) {
        return new LearningExampleView(e.id(), e.kind(), e.status().name().toLowerCase(), e.version(),
                e.title(), e.lead(),
                OrganisationRef.of(e.owner()), e.participants().stream().map(ParticipantView::of).toList(),
                e.conclusions(), e.background(), e.implementation(), e.successFactors(), e.results(),
                e.policyAreas(), e.tags(),
                e.period().from(), e.period().to(), e.period().ongoing(),
                e.contacts().stream().map(ContactView::of).toList(), e.links().stream().map(LinkView::of).toList(),
                e.language(), e.licence(), e.originallyPublished(),
                e.createdAt(), e.updatedAt(), e.publishedAt(), e.lastConfirmedAt(),
                e.possiblyOutdated(Instant.now()),
                documents,
                relations.stream().map(r -> RelationView.of(r, e)).toList());
    }
}
