package se.hjulet.hub.procurement.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.hjulet.hub.initiative.ui.InitiativeForm;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.procurement.boundary.ProcurementNeedInput;
import se.hjulet.hub.initiative.boundary.Initiatives;
import se.hjulet.hub.procurement.entity.CpvCode;
import se.hjulet.hub.procurement.entity.ProcurementNeed;
import se.hjulet.hub.procurement.entity.ProcurementStatus;
import se.hjulet.hub.ui.Texts;

/**
 * The procurement-need form, {@code skriv/upphandling.xhtml} (new) and {@code ?id=N} (edit). Field
 * ids: title, lead, ownerOrganisation, mainCpvCode, additionalCpvCodes, estimatedValueMinSek,
 * estimatedValueMaxSek, procurementWindowFrom, procurementWindowTo, contractLengthMonths,
 * procurementStatus, openForCoProcurement, joinDeadline, requirementsSummary, policyAreas, tags.
 */
@Named("needForm")
@ViewScoped
public class NeedForm extends InitiativeForm<ProcurementNeed> {

    private static final long serialVersionUID = 1L;

    @Inject
    Initiatives initiatives;

    private String mainCpvCode;
    private String additionalCpvCodes;
    private Long estimatedValueMinSek;
    private Long estimatedValueMaxSek;
    private LocalDate procurementWindowFrom;
    private LocalDate procurementWindowTo;
    private Integer contractLengthMonths;
    private ProcurementStatus procurementStatus = ProcurementStatus.PLANNING;
    private boolean openForCoProcurement;
    private LocalDate joinDeadline;
    private String requirementsSummary;

    @Override
    protected ProcurementNeed read(long id) {
        return initiatives.read(ProcurementNeed.class, id);
    }

    @Override
    protected boolean mayEdit(ProcurementNeed item) {
        return initiatives.mayEdit(item);
    }

    @Override
    protected void fill(ProcurementNeed need) {
        mainCpvCode = need.mainCpv().code();
        additionalCpvCodes = need.additionalCpv().stream().map(CpvCode::code).collect(Collectors.joining(", "));
        estimatedValueMinSek = need.valueMinSek();
        estimatedValueMaxSek = need.valueMaxSek();
        procurementWindowFrom = need.windowFrom();
        procurementWindowTo = need.windowTo();
        contractLengthMonths = need.contractMonths();
        procurementStatus = need.procurementStatus();
        openForCoProcurement = need.openForCoProcurement();
        joinDeadline = need.joinDeadline();
        requirementsSummary = need.requirements();
    }

    @Override
    protected long store() {
        var input = new ProcurementNeedInput(title, lead, ownerOrganisation, carriedParticipants(), mainCpvCode, lines(additionalCpvCodes),
                estimatedValueMinSek, estimatedValueMaxSek, procurementWindowFrom, procurementWindowTo, contractLengthMonths,
                procurementStatus, openForCoProcurement, joinDeadline, requirementsSummary,
                terms(policyAreas), terms(tags), periodFrom, periodTo, ongoing, carriedContacts(), carriedLinks(),
                carriedLanguage(), version);
        if (!valid(input)) {
            throw new InvalidInput(null, Texts.get("form.errors.heading"));
        }
        return id == null ? initiatives.draft(input).id() : initiatives.update(id, input).id();
    }

    @Override
    protected String page() {
        return "/upphandling.xhtml";
    }

    @Override
    protected Set<String> fields() {
        return Set.of("title", "lead", "ownerOrganisation", "mainCpvCode", "additionalCpvCodes", "estimatedValueMinSek",
                "estimatedValueMaxSek", "procurementWindowFrom", "procurementWindowTo", "contractLengthMonths",
                "procurementStatus", "openForCoProcurement", "joinDeadline", "requirementsSummary", "policyAreas", "tags");
    }

    public String getHeading() {
        return Texts.get(isEditing() ? "needForm.heading.edit" : "needForm.heading.new");
    }

    public ProcurementStatus[] getStatuses() {
        return ProcurementStatus.values();
    }

    public String getMainCpvCode() {
        return mainCpvCode;
    }

    public void setMainCpvCode(String mainCpvCode) {
        this.mainCpvCode = mainCpvCode;
    }

    public String getAdditionalCpvCodes() {
        return additionalCpvCodes;
    }

    public void setAdditionalCpvCodes(String additionalCpvCodes) {
        this.additionalCpvCodes = additionalCpvCodes;
    }

    public Long getEstimatedValueMinSek() {
        return estimatedValueMinSek;
    }

    public void setEstimatedValueMinSek(Long estimatedValueMinSek) {
        this.estimatedValueMinSek = estimatedValueMinSek;
    }

    public Long getEstimatedValueMaxSek() {
        return estimatedValueMaxSek;
    }

    public void setEstimatedValueMaxSek(Long estimatedValueMaxSek) {
        this.estimatedValueMaxSek = estimatedValueMaxSek;
    }

    public LocalDate getProcurementWindowFrom() {
        return procurementWindowFrom;
    }

    public void setProcurementWindowFrom(LocalDate procurementWindowFrom) {
        this.procurementWindowFrom = procurementWindowFrom;
    }

    public LocalDate getProcurementWindowTo() {
        return procurementWindowTo;
    }

    public void setProcurementWindowTo(LocalDate procurementWindowTo) {
        this.procurementWindowTo = procurementWindowTo;
    }

    public Integer getContractLengthMonths() {
        return contractLengthMonths;
    }

    public void setContractLengthMonths(Integer contractLengthMonths) {
        this.contractLengthMonths = contractLengthMonths;
    }

    public ProcurementStatus getProcurementStatus() {
        return procurementStatus;
    }

    public void setProcurementStatus(ProcurementStatus procurementStatus) {
        this.procurementStatus = procurementStatus;
    }

    public boolean isOpenForCoProcurement() {
        return openForCoProcurement;
    }

    public void setOpenForCoProcurement(boolean openForCoProcurement) {
        this.openForCoProcurement = openForCoProcurement;
    }

    public LocalDate getJoinDeadline() {
        return joinDeadline;
    }

    public void setJoinDeadline(LocalDate joinDeadline) {
        this.joinDeadline = joinDeadline;
    }

    public String getRequirementsSummary() {
        return requirementsSummary;
    }

    public void setRequirementsSummary(String requirementsSummary) {
        this.requirementsSummary = requirementsSummary;
    }
}
