package se.hjulet.hub.bulk.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hjulet.hub.bulk.boundary.BulkEntry;
import se.hjulet.hub.bulk.boundary.BulkLoad;

/**
 * {@code POST /initiatives/bulk}: up to 500 items of any kind in one request and one transaction, each by the
 * rules of its own endpoint. Answers the new ids in the order given; any refusal stores nothing.
 */
@Path("initiatives/bulk")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bulk load", description = "Many items in one request, each by the rules of its own kind's endpoint (loading, benchmarks)")
public class BulkResource {

    @Inject
    BulkLoad bulk;

    @Schema(description = "Up to " + BulkLoad.MAX_ITEMS + " items, stored in the order given")
    public record BulkRequest(@NotNull @Size(min = 1, max = BulkLoad.MAX_ITEMS) List<@NotNull @Valid BulkEntry> items) {
    }

    /** Ids and kinds of the stored items, in the order of the request. */
    @POST
    @Operation(summary = "Create (and publish) up to " + BulkLoad.MAX_ITEMS + " items of any kind in one transaction; any refusal stores nothing")
    @APIResponse(responseCode = "200", description = "The new items' ids and kinds, in the order of the request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = BulkLoad.Stored.class)))
    public List<BulkLoad.Stored> load(@Valid @NotNull BulkRequest request) {
        return bulk.load(request.items());
    }
}
