package se.hjulet.hub.project.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.hjulet.hub.initiative.boundary.ContactInput;
import se.hjulet.hub.initiative.boundary.InitiativeInput;
import se.hjulet.hub.initiative.boundary.LinkInput;
import se.hjulet.hub.initiative.boundary.ParticipantInput;
import se.hjulet.hub.initiative.control.References;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.project.entity.CollaborationLevel;
import se.hjulet.hub.project.entity.FinancingLine;
import se.hjulet.hub.project.entity.Project;
import se.hjulet.hub.project.entity.ProjectPhase;

/** A project as an author writes it (REST body and form). Goals and results are HTML, sanitised before storing. */
@Schema(description = "A project as an author writes it: the body of POST and PUT /projects.", example = """
        {"title": "Snöröjning efter behov med vägsensorer",
         "lead": "Örnsköldsvik och Sundsvall provar sensorer som visar när gång- och cykelvägar behöver plogas och sandas, så att fordonen rycker ut när det behövs i stället för efter schema.",
         "ownerOrganisation": "2284",
         "participatingOrganisations": [{"organisation": "2281", "role": "PARTNER"}],
         "phase": "PRE_STUDY",
         "budgetSek": 1800000,
         "financing": [{"source": "OWN", "amountSek": 600000, "sharePercent": 33.3},
                       {"source": "PARTNER", "organisation": "2281", "amountSek": 300000, "sharePercent": 16.7},
                       {"source": "EXTERNAL_FUND", "funder": "Vinnova", "amountSek": 900000, "sharePercent": 50}],
         "collaborationLevel": "SEEKING_PARTNERS",
         "goals": "<p>Färre halkolyckor bland fotgängare och cyklister och tio procent färre körtimmar med plog och sandbil.</p>",
         "policyAreas": ["Trafik och transporter", "Digitalisering"],
         "tags": ["vinterväghållning", "sensorer"],
         "periodFrom": "2026-10-01", "periodTo": "2027-04-30", "ongoing": false,
         "contacts": [{"name": "Maria Lindqvist", "role": "Projektledare", "organisation": "Örnsköldsviks kommun",
                       "email": "maria.lindqvist@example.org", "phone": "0660-123 45"}],
         "language": "sv"}""")
public record ProjectInput(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 2000) String lead,
        @NotBlank @Size(max = 200) String ownerOrganisation,
        @Valid @Size(max = 50) List<ParticipantInput> participatingOrganisations,
        ProjectPhase phase,
        @PositiveOrZero Long budgetSek,
        @Valid @Size(max = 20) List<FinancingLineInput> financing,
        CollaborationLevel collaborationLevel,
        @Size(max = 100_000) String goals,
        @Size(max = 100_000) String results,
        @Size(max = 30) Set<@NotBlank @Size(max = 100) String> policyAreas,
        @Size(max = 30) Set<@NotBlank @Size(max = 60) String> tags,
        LocalDate periodFrom,
        LocalDate periodTo,
        Boolean ongoing,
        @Valid @Size(max = 20) List<ContactInput> contacts,
        @Valid @Size(max = 30) List<LinkInput> links,
        @Size(max = 8) String language,
        Long version) implements InitiativeInput<Project> {

    @Override
    public Class<Project> kind() {
        return Project.class;
    }

    @Override
    public Project newDraft(Organisation owner, Person author) {
        return new Project(owner, author);
    }

    @Override
    public void writeOwnFieldsTo(Project project, References references) {
        project.plan(phase, collaborationLevel, goals, results);
        project.finance(Optional.ofNullable(budgetSek).orElse(0L),
                Optional.ofNullable(financing).orElse(List.of()).stream()
                        .map(line -> new FinancingLine(line.source(), line.funder(),
                                line.organisation() == null || line.organisation().isBlank() ? null
                                        : references.organisation("financing.organisation", line.organisation()),
                                line.amountSek() == null ? 0 : line.amountSek(), line.sharePercent()))
                        .toList());
    }
}
