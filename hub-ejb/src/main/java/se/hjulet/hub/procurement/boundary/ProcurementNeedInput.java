package se.hjulet.hub.procurement.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import se.hjulet.hub.procurement.entity.CpvCode;
import se.hjulet.hub.procurement.entity.ProcurementNeed;
import se.hjulet.hub.procurement.entity.ProcurementStatus;

/**
 * A procurement need as an author writes it. CPV codes are 8 digits, with or without the check digit
 * ("48000000" or "48000000-8"); the requirements summary is HTML, sanitised before storing.
 */
@Schema(description = "A procurement need as an author writes it: the body of POST and PUT /procurement-needs.", example = """
        {"title": "Snöröjning och sandning av kommunala gator 2027–2031",
         "lead": "Timrå upphandlar snöröjning och halkbekämpning för fyra säsonger och välkomnar grannkommuner som vill upphandla tillsammans.",
         "ownerOrganisation": "2262",
         "mainCpvCode": "90620000-9",
         "additionalCpvCodes": ["90610000-6"],
         "estimatedValueMinSek": 8000000, "estimatedValueMaxSek": 12000000,
         "procurementWindowFrom": "2027-01-15", "procurementWindowTo": "2027-04-30",
         "contractLengthMonths": 48,
         "procurementStatus": "OPEN_FOR_PARTNERS",
         "openForCoProcurement": true,
         "joinDeadline": "2026-12-15",
         "requirementsSummary": "<p>Utryckning inom fyra timmar vid snöfall över 5 cm, GPS-loggning av alla fordon, fossilfria drivmedel från 2029.</p>",
         "policyAreas": ["Upphandling", "Trafik och transporter"],
         "tags": ["vinterväghållning", "samordnad upphandling"],
         "contacts": [{"name": "Johan Berg", "role": "Upphandlare", "organisation": "Timrå kommun",
                       "email": "johan.berg@example.org"}],
         "language": "sv"}""")
public record ProcurementNeedInput(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 2000) String lead,
        @NotBlank @Size(max = 200) String ownerOrganisation,
        @Valid @Size(max = 50) List<ParticipantInput> participatingOrganisations,
        @NotBlank @Size(max = 10) String mainCpvCode,
        @Size(max = 30) List<@NotBlank @Size(max = 10) String> additionalCpvCodes,
        @PositiveOrZero Long estimatedValueMinSek,
        @PositiveOrZero Long estimatedValueMaxSek,
        LocalDate procurementWindowFrom,
        LocalDate procurementWindowTo,
        @Min(1) @Max(240) Integer contractLengthMonths,
        ProcurementStatus procurementStatus,
        Boolean openForCoProcurement,
        LocalDate joinDeadline,
        @Size(max = 100_000) String requirementsSummary,
        @Size(max = 30) Set<@NotBlank @Size(max = 100) String> policyAreas,
        @Size(max = 30) Set<@NotBlank @Size(max = 60) String> tags,
        LocalDate periodFrom,
        LocalDate periodTo,
        Boolean ongoing,
        @Valid @Size(max = 20) List<ContactInput> contacts,
        @Valid @Size(max = 30) List<LinkInput> links,
        @Size(max = 8) String language,
        Long version) implements InitiativeInput<ProcurementNeed> {

    @Override
    public Class<ProcurementNeed> kind() {
        return ProcurementNeed.class;
    }

    @Override
    public ProcurementNeed newDraft(Organisation owner, Person author) {
        return new ProcurementNeed(owner, author);
    }

    @Override
    public void writeOwnFieldsTo(ProcurementNeed need, References references) {
        need.classifyAs(CpvCode.resolve("mainCpvCode", mainCpvCode, code -> references.find(CpvCode.class, code)),
                Optional.ofNullable(additionalCpvCodes).orElse(List.of()).stream()
                        .map(written -> CpvCode.resolve("additionalCpvCodes", written, code -> references.find(CpvCode.class, code)))
                        .toList());
        need.plan(estimatedValueMinSek, estimatedValueMaxSek, procurementWindowFrom, procurementWindowTo, contractLengthMonths);
        need.invite(procurementStatus, Boolean.TRUE.equals(openForCoProcurement), joinDeadline, requirementsSummary);
    }
}
