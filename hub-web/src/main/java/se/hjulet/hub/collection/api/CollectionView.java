package se.hjulet.hub.collection.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.hjulet.hub.collection.entity.CollectionItem;
import se.hjulet.hub.collection.entity.CuratedCollection;
import se.hjulet.hub.collection.entity.Event;
import se.hjulet.hub.collection.entity.Theme;

/**
 * A collection as the API shows it. {@code shareLink} (the address with the secret token) is only
 * shown to whoever may edit the collection.
 */
public record CollectionView(long id, String title, String description, String visibility, long version,
                             String curator, List<ThemeView> themes, List<EventView> events,
                             List<String> participatingOrganisations, Instant createdAt, Instant updatedAt,
                             String handout, String shareLink) {

    @Schema(name = "CollectionThemeView")
    public record ThemeView(String title, String description, List<ItemView> items, List<String> questions) {
        static ThemeView of(Theme t) {
            return new ThemeView(t.title(), t.description(), t.items().stream().map(ItemView::of).toList(), t.questions());
        }
    }

    @Schema(name = "CollectionItemView")
    public record ItemView(String type, Long initiativeId, String initiativeKind, Long documentId, String url, String title,
                           String note) {
        static ItemView of(CollectionItem i) {
            return new ItemView(i.type(), i.initiative() == null ? null : i.initiative().id(),
                    i.initiative() == null ? null : i.initiative().kind(),
                    i.document() == null ? null : i.document().id(),
                    i.url() != null ? i.url() : i.document() != null ? "/api/v1/documents/" + i.document().id() + "/content"
                            : i.initiative().pagePath(),
                    i.title(), i.note());
        }
    }

    @Schema(name = "CollectionEventView")
    public record EventView(LocalDate date, String title) {
        static EventView of(Event e) {
            return new EventView(e.date(), e.title());
        }
    }

    public static CollectionView of(CuratedCollection c, boolean mayEdit) {
        String share = "/samling.xhtml?id=" + c.id() + "&token=" + c.linkToken();
        return new CollectionView(c.id(), c.title(), c.description(), c.visibility().name(), c.version(),
                c.curator().displayName(), c.themes().stream().map(ThemeView::of).toList(),
                c.events().stream().map(EventView::of).toList(),
                c.participants().stream().map(o -> o.code() == null ? o.name() : o.code()).sorted().toList(),
                c.createdAt(), c.updatedAt(), c.pagePath(), mayEdit ? share : null);
    }
}
