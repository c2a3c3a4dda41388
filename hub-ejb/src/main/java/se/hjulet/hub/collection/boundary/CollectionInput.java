package se.hjulet.hub.collection.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.hjulet.hub.collection.entity.Visibility;

/**
 * A collection as a facilitator writes it.
 *
 * @param visibility                PUBLIC (default), LINK_ONLY or PARTICIPANTS
 * @param participatingOrganisations organisation codes
 * @param version                   the version edited, to guard against lost updates
 */
@Schema(description = "A workshop collection as its curator writes it: the body of POST and PUT /collections.", example = """
        {"title": "Tankesmedja Fyrbodal: digital välfärd",
         "description": "Underlag till tre träffar hösten 2026 för kommunerna i Fyrbodal.",
         "visibility": "PARTICIPANTS",
         "themes": [{"title": "UTBLICK", "description": "Vad har andra gjort?",
                     "items": [{"initiativeId": 12, "note": "Läs särskilt avsnittet om framgångsfaktorer."},
                               {"url": "https://example.org/digital-valfard-rapport", "title": "Rapport om digital välfärd"}],
                     "questions": ["Vad skulle vi kunna göra likadant?"]},
                    {"title": "INBLICK", "questions": ["Var står vi själva i dag?"]},
                    {"title": "TILLSAMMANS", "questions": ["Vad gör vi gemensamt nästa år?"]}],
         "events": [{"date": "2026-09-17", "title": "Första träffen, Uddevalla"}],
         "participatingOrganisations": ["1485", "1484", "1438"]}""")
public record CollectionInput(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 10_000) String description,
        Visibility visibility,
        @Valid @Size(max = 12) List<ThemeInput> themes,
        @Valid @Size(max = 50) List<EventInput> events,
        @Size(max = 300) List<@NotBlank String> participatingOrganisations,
        Long version) {

    /** An ordered section with its items (in order) and reflection questions. */
    @Schema(name = "CollectionThemeInput")
    public record ThemeInput(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String description,
                             @Valid @Size(max = 50) List<ItemInput> items, @Size(max = 20) List<String> questions) {
    }

    /** Exactly one of initiativeId, documentId or url (with a title); the note is the curator's. */
    @Schema(name = "CollectionItemInput")
    public record ItemInput(Long initiativeId, Long documentId, @Size(max = 2000) String url, @Size(max = 300) String title,
                            @Size(max = 4000) String note) {
    }

    @Schema(name = "CollectionEventInput")
    public record EventInput(LocalDate date, @Size(max = 300) String title) {
    }
}
