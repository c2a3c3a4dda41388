package se.hjulet.hub.indexing.control;

import java.util.List;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.search.index.SearchDocument;

/** How an item of the hub looks to the search index. */
public final class SearchDocuments {

    private SearchDocuments() {
    }

    public static String idOf(String kind, long id) {
        return SearchDocument.idOf(kind, id);
    }

    public static SearchDocument of(Initiative initiative) {
        return new SearchDocument(
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
                initiative.pagePath());
    }
}
