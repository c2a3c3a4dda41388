package se.hjulet.hub.organisation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.hjulet.hub.organisation.entity.OrganisationKind;

/** What an admin gives to add an organisation; members are codes or names of existing organisations. */
public record OrganisationInput(
        @NotNull OrganisationKind kind,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 32) String code,
        @Size(max = 2) String countyCode,
        List<@NotBlank @Size(max = 200) String> members) {
}
