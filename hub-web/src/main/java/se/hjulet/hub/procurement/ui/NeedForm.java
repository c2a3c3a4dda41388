package se.hjulet.hub.procurement.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.hjulet.hub.initiative.ui.InitiativeForm;
import se.hjulet.hub.procurement.boundary.ProcurementNeedInput;
import se.hjulet.hub.procurement.entity.CpvCode;
import se.hjulet.hub.procurement.entity.ProcurementNeed;
import se.hjulet.hub.procurement.entity.ProcurementStatus;
import se.hjulet.hub.ui.Texts;
import se.hjulet.hub.ui.TypedInput;

/**
 * The procurement-need form, {@code skriv/upphandling.xhtml} (new) and {@code ?id=N} (edit): what every
 * initiative's form has, and CPV codes, value, window, contract length, status and joining. Own ids:
 * mainCpvCode, additionalCpvCodes, estimatedValueMinSek, estimatedValueMaxSek, procurementWindowFrom,
 * procurementWindowTo, contractLengthMonths, procurementStatus, openForCoProcurement, joinDeadline,
 * requirementsSummary.
 */
@Named("needForm")
@ViewScoped
public class NeedForm extends InitiativeForm<ProcurementNeed> {

    private static final long serialVersionUID = 1L;

    private String mainCpvCode;
    private String additionalCpvCodes;
    private String estimatedValueMinSek;
    private String estimatedValueMaxSek;
    private String procurementWindowFrom;
    private String procurementWindowTo;
    private String contractLengthMonths;
    private String procurementStatus = ProcurementStatus.PLANNING.name();
    private Boolean openForCoProcurement = Boolean.FALSE;
    private String joinDeadline;
    private String requirementsSummary;

    @Override
    protected Class<ProcurementNeed> kind() {
        return ProcurementNeed.class;
    }

    @Override
    protected String page() {
        return "/upphandling.xhtml";
    }

    @Override
    protected String form() {
        return "/skriv/upphandling.xhtml";
    }

    @Override
    protected String keys() {
        return "need";
    }

    @Override
    protected List<String> ownFields() {
        return List.of("mainCpvCode", "additionalCpvCodes", "estimatedValueMinSek", "estimatedValueMaxSek",
                "procurementWindowFrom", "procurementWindowTo", "contractLengthMonths", "procurementStatus",
                "openForCoProcurement", "joinDeadline", "requirementsSummary");
    }

    @Override
    protected List<String> lookAlikeTextFields() {
        return List.of("requirementsSummary");
    }

    @Override
    protected String lookAlikeText() {
        return requirementsSummary == null ? "" : requirementsSummary;
    }

    @Override
    protected void fill(ProcurementNeed need) {
        mainCpvCode = need.mainCpv().code();
        additionalCpvCodes = need.additionalCpv().stream().map(CpvCode::code).collect(Collectors.joining(", "));
        estimatedValueMinSek = text(need.valueMinSek());
        estimatedValueMaxSek = text(need.valueMaxSek());
        procurementWindowFrom = text(need.windowFrom());
        procurementWindowTo = text(need.windowTo());
        contractLengthMonths = text(need.contractMonths());
        procurementStatus = need.procurementStatus().name();
        openForCoProcurement = need.openForCoProcurement();
        joinDeadline = text(need.joinDeadline());
        requirementsSummary = need.requirements();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    @Override
    protected ProcurementNeedInput input(Core core, TypedInput typed, Map<String, int[]> rowsOf) {
        return new ProcurementNeedInput(core.title(), core.lead(), core.ownerOrganisation(), core.participants(),
                TypedInput.text(mainCpvCode), TypedInput.codes(additionalCpvCodes),
                typed.wholeNumber("estimatedValueMinSek", label("estimatedValueMinSek"), estimatedValueMinSek),
                typed.wholeNumber("estimatedValueMaxSek", label("estimatedValueMaxSek"), estimatedValueMaxSek),
                typed.date("procurementWindowFrom", label("procurementWindowFrom"), procurementWindowFrom),
                typed.date("procurementWindowTo", label("procurementWindowTo"), procurementWindowTo),
                typed.smallWholeNumber("contractLengthMonths", label("contractLengthMonths"), contractLengthMonths),
                typed.choice(ProcurementStatus.class, "procurementStatus", label("procurementStatus"), procurementStatus),
                Boolean.TRUE.equals(openForCoProcurement),
                typed.date("joinDeadline", label("joinDeadline"), joinDeadline),
                TypedInput.text(requirementsSummary), core.policyAreas(), core.tags(), core.periodFrom(), core.periodTo(),
                core.ongoing(), core.contacts(), core.links(), core.language(), core.version());
    }

    private static String label(String field) {
        return Texts.get("form." + field + ".label");
    }

    public List<Option> getStatuses() {
        return Stream.of(ProcurementStatus.values()).map(s -> new Option(s.name(), Texts.get("procurementStatus." + s.name()))).toList();
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

    public String getEstimatedValueMinSek() {
        return estimatedValueMinSek;
    }

    public void setEstimatedValueMinSek(String estimatedValueMinSek) {
        this.estimatedValueMinSek = estimatedValueMinSek;
    }

    public String getEstimatedValueMaxSek() {
        return estimatedValueMaxSek;
    }

    public void setEstimatedValueMaxSek(String estimatedValueMaxSek) {
        this.estimatedValueMaxSek = estimatedValueMaxSek;
    }

    public String getProcurementWindowFrom() {
        return procurementWindowFrom;
    }

    public void setProcurementWindowFrom(String procurementWindowFrom) {
        this.procurementWindowFrom = procurementWindowFrom;
    }

    public String getProcurementWindowTo() {
        return procurementWindowTo;
    }

    public void setProcurementWindowTo(String procurementWindowTo) {
        this.procurementWindowTo = procurementWindowTo;
    }

    public String getContractLengthMonths() {
        return contractLengthMonths;
    }

    public void setContractLengthMonths(String contractLengthMonths) {
        this.contractLengthMonths = contractLengthMonths;
    }

    public String getProcurementStatus() {
        return procurementStatus;
    }

    public void setProcurementStatus(String procurementStatus) {
        this.procurementStatus = procurementStatus;
    }

    public Boolean getOpenForCoProcurement() {
        return openForCoProcurement;
    }

    public void setOpenForCoProcurement(Boolean openForCoProcurement) {
        this.openForCoProcurement = openForCoProcurement;
    }

    public String getJoinDeadline() {
        return joinDeadline;
    }

    public void setJoinDeadline(String joinDeadline) {
        this.joinDeadline = joinDeadline;
    }

    public String getRequirementsSummary() {
        return requirementsSummary;
    }

    public void setRequirementsSummary(String requirementsSummary) {
        this.requirementsSummary = requirementsSummary;
    }
}
