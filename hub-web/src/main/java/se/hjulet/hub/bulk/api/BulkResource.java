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
public class BulkResource {

    @Inject
    BulkLoad bulk;

    public record BulkRequest(@NotNull @Size(min = 1, max = BulkLoad.MAX_ITEMS) List<@NotNull @Valid BulkEntry> items) {
    }

    /** Ids and kinds of the stored items, in the order of the request. */
    @POST
    public List<BulkLoad.Stored> load(@Valid @NotNull BulkRequest request) {
        return bulk.load(request.items());
    }
}
