package se.hjulet.hub.learningexample.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
@Schema(description = "A learning example as an author writes it: the body of POST and PUT /learning-examples.", example = """
        {"title": "Matsvinnet halverat i skolrestaurangerna",
         "lead": "Genom att väga tallrikssvinnet varje dag och låta eleverna planera menyn tillsammans med kockarna halverade Uddevalla matsvinnet i grundskolan på två läsår.",
         "ownerOrganisation": "1485",
         "participatingOrganisations": [{"organisation": "1484", "role": "PARTNER"}],
         "conclusions": ["Att synliggöra svinnet varje dag gjorde mer än informationskampanjer.",
                         "Eleverna i matrådet blev ambassadörer för sina klasskamrater."],
         "background": "<p>Kostenheten kastade varje dag mat motsvarande 40 portioner per skola.</p>",
         "implementation": "<p>Vågar vid diskinlämningen, veckovisa resultat på skärmar i matsalen och ett matråd med elever i varje skola.</p>",
         "successFactors": ["Rektorer som stod bakom arbetet", "Enkla och synliga mätningar"],
         "results": "<p>Tallrikssvinnet minskade från 42 till 20 gram per elev och dag.</p>",
         "policyAreas": ["Skola och förskola", "Miljö och klimat"],
         "tags": ["matsvinn", "skolmåltider"],
         "periodFrom": "2024-08-15", "periodTo": "2026-06-12", "ongoing": false,
         "contacts": [{"name": "Karin Holm", "role": "Kostchef", "organisation": "Uddevalla kommun",
                       "email": "karin.holm@example.org"}],
         "links": [{"title": "Slutrapport", "url": "https://example.org/matsvinn-slutrapport.pdf"}],
         "language": "sv"}""")
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
