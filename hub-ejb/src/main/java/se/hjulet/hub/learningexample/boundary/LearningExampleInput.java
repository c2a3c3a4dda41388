package se.hjulet.hub.learningexample.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.hjulet.hub.initiative.boundary.ContactInput;
import se.hjulet.hub.initiative.boundary.InitiativeInput;
import se.hjulet.hub.initiative.boundary.LinkInput;
import se.hjulet.hub.initiative.boundary.ParticipantInput;
import se.hjulet.hub.initiative.control.References;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.Person;

/**
 * A learning example as an author writes it (REST body, form, demo content and HTML import all use
 * this). Rich-text fields are HTML and are sanitised before they are stored.
 */
public record LearningExampleInput(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 2000) String lead,
        @NotBlank @Size(max = 200) String ownerOrganisation,
        @Valid @Size(max = 50) List<ParticipantInput> participatingOrganisations,
        @Size(max = 30) List<@NotBlank @Size(max = 2000) String> conclusions,
        @Size(max = 100_000) String background,
        @Size(max = 100_000) String implementation,
        @Size(max = 30) List<@NotBlank @Size(max = 2000) String> successFactors,
        @Size(max = 100_000) String results,
        @Size(max = 30) Set<@NotBlank @Size(max = 100) String> policyAreas,
        @Size(max = 30) Set<@NotBlank @Size(max = 60) String> tags,
        LocalDate periodFrom,
        LocalDate periodTo,
        Boolean ongoing,
        @Valid @Size(max = 20) List<ContactInput> contacts,
        @Valid @Size(max = 30) List<LinkInput> links,
        @Size(max = 8) String language,
        LocalDate originallyPublished,
        Long version) implements InitiativeInput<LearningExample> {

    @Override
    public Class<LearningExample> kind() {
        return LearningExample.class;
    }

    @Override
    public LearningExample newDraft(Organisation owner, Person author) {
        return new LearningExample(owner, author);
    }

    @Override
    public void writeOwnFieldsTo(LearningExample example, References references) {
        example.tell(conclusions, background, implementation, successFactors, results, originallyPublished);
    }
}
