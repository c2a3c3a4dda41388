package se.hjulet.hub.opendata.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hjulet.hub.opendata.boundary.OpenData;
import se.hjulet.hub.opendata.entity.Dataset;
import se.hjulet.hub.opendata.entity.RecordPage;
import se.hjulet.hub.platform.entity.InvalidInput;

/**
 * Open data for anyone: the DCAT-AP-SE catalogue, and each dataset as CSV or JSON-LD in pages by id
 * ({@code ?after=<last id of the previous page>&size=}); the next page is in the {@code Link} header.
 */
@Path("open-data")
@RequestScoped
@Tag(name = "Open data", description = "The published items as open data: a DCAT-AP-SE catalogue, CSV and JSON-LD, for anyone")
public class OpenDataResource {

    @Inject
    OpenData openData;

    @Context
    UriInfo uri;

    @Inject
    @ConfigProperty(name = "hub.open-data.publisher", defaultValue = "Hjulet")
    String publisher;

    /** An organisation's address for questions about the data (DCAT's contact point), never a person's. */
    @Inject
    @ConfigProperty(name = "hub.open-data.contact-email")
    Optional<String> contactEmail;

    @GET
    @Produces({OpenDataJsonLd.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The DCAT-AP-SE catalogue of the hub's datasets")
    @APIResponse(responseCode = "200", description = "The catalogue as JSON-LD (a JSON object)",
            content = {@Content(mediaType = OpenDataJsonLd.MEDIA_TYPE, schema = @Schema(implementation = JsonLdNode.class)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JsonLdNode.class))})
    public Response catalogue() {
        var catalogue = OpenDataJsonLd.catalogue(root(), new OpenDataJsonLd.Publisher(publisher,
                contactEmail.filter(e -> !e.isBlank())), openData.summaries());
        return Response.ok(catalogue).build();
    }

    @GET
    @Path("{dataset}.jsonld")
    @Produces({OpenDataJsonLd.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "A page of a dataset's published items as JSON-LD; the next page is in the Link header")
    @APIResponse(responseCode = "200", description = "The page as JSON-LD (a JSON object)",
            content = {@Content(mediaType = OpenDataJsonLd.MEDIA_TYPE, schema = @Schema(implementation = JsonLdNode.class)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JsonLdNode.class))})
    public Response jsonLd(@PathParam("dataset") String dataset, @QueryParam("after") String after,
                           @QueryParam("size") String size) {
        RecordPage page = page(dataset, after, size);
        String next = next(page, "jsonld");
        var document = OpenDataJsonLd.page(page, root(), url(page.dataset(), "jsonld", page.after(), page.size()),
                url(page.dataset(), "jsonld", 0, page.size()), next);
        return withNext(Response.ok(document), next).build();
    }

    @GET
    @Path("{dataset}.csv")
    @Produces("text/csv")
    @Operation(summary = "A page of a dataset's published items as CSV (RFC 4180); the next page is in the Link header")
    @APIResponse(responseCode = "200", description = "The page as CSV with a header row",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@PathParam("dataset") String dataset, @QueryParam("after") String after,
                        @QueryParam("size") String size) {
        RecordPage page = page(dataset, after, size);
        return withNext(Response.ok(OpenDataCsv.of(page, root()), OpenDataCsv.MEDIA_TYPE), next(page, "csv"))
                .header("Content-Disposition", "inline; filename=\"hjulet-" + page.dataset().slug() + ".csv\"")
                .build();
    }

    private RecordPage page(String dataset, String after, String size) {
        return openData.page(openData.dataset(dataset), number("after", after), number("size", size));
    }

    /** A query parameter that must be a whole number: 400 naming it, where JAX-RS's own conversion would answer 404. */
    private static Long number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, "'" + name + "' must be a whole number, not '" + value + "'.");
        }
    }

    private String next(RecordPage page, String extension) {
        return page.nextAfter() == null ? null : url(page.dataset(), extension, page.nextAfter(), page.size());
    }

    private String url(Dataset dataset, String extension, long after, int size) {
        return root() + "api/v1/open-data/" + dataset.slug() + "." + extension + "?after=" + after + "&size=" + size;
    }

    private static Response.ResponseBuilder withNext(Response.ResponseBuilder answer, String next) {
        return next == null ? answer : answer.link(URI.create(next), "next");
    }

    /** The hub's root as the caller reached it ({@code http://host/}): the API lives at {@code api/v1/} under it. */
    private String root() {
        return uri.getBaseUri().resolve("../../").toString();
    }
}
