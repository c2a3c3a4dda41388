package se.hjulet.hub.moderation.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import se.hjulet.hub.moderation.api.ModerationViews.ReportView;
import se.hjulet.hub.moderation.boundary.Moderation;
import se.hjulet.hub.moderation.boundary.ReportInput;
import se.hjulet.hub.moderation.entity.Report;

/** Readers report posts; platform admins read the open reports and dismiss the ones that need nothing done. */
@Path("reports")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation", description = "Reports of posts, hiding and restoring them")
public class ReportsResource {

    @Inject
    Moderation moderation;

    /** Any logged-in person reports a post in view, once (201). */
    @POST
    @APIResponse(responseCode = "201", description = "The report; its address in Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    public Response report(@NotNull ReportInput input, @Context UriInfo uri) {
        Report report = moderation.report(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(report.id())).build()).entity(view(report)).build();
    }

    /** Open reports, oldest first (platform admins). */
    @GET
    public List<ReportView> open() {
        return moderation.openReports().stream().map(this::view).toList();
    }

    @POST
    @Path("{id}/dismiss")
    public ReportView dismiss(@PathParam("id") long id) {
        return view(moderation.dismiss(id));
    }

    private ReportView view(Report report) {
        return ReportView.of(report, moderation.post(report.postKind(), report.postId()).orElse(null));
    }
}
