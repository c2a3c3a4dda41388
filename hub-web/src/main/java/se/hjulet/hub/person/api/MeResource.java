package se.hjulet.hub.person.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.hjulet.hub.api.ApiContract;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.person.entity.Person;

/** Who the hub thinks the caller is, and for which organisations they act. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The caller")
public class MeResource {

    @Inject
    People people;

    public record MembershipView(String organisation, String name, String role, String source) {
    }

    public record MeView(long id, String subject, String name, String email, Set<String> groups,
                         List<MembershipView> memberships) {
    }

    @GET
    @Operation(summary = "The caller and the organisations they act for")
    @SecurityRequirement(name = ApiContract.BEARER)
    public MeView me() {
        Person person = people.current();
        Set<String> groups = people.caller().map(c -> c.groups()).orElse(Set.of());
        return new MeView(person.id(), person.subject(), person.displayName(), person.email(), groups,
                person.memberships().stream()
                        .map(m -> new MembershipView(m.organisation().reference(), m.organisation().name(),
                                m.role().name(), m.source().name()))
                        .toList());
    }
}
