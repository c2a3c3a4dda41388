package se.hjulet.hub.procurement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.entity.SafeHtml;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.entity.InvalidInput;

/**
 * Something an organisation plans to buy: what (CPV codes), for about how much, when it will be
 * procured and for how long, and whether other organisations may join the procurement.
 */
@Entity
@Table(name = "procurement_need")
@DiscriminatorValue(ProcurementNeed.KIND_VALUE)
// Open data: the CPV codes of a page of needs at once, with their check digits.
@NamedQuery(name = ProcurementNeed.MAIN_CPV_OF,
        query = "select n.id, c.code, c.checkDigit from ProcurementNeed n join n.mainCpv c where n.id in :ids")
@NamedQuery(name = ProcurementNeed.ADDITIONAL_CPV_OF,
        query = "select n.id, c.code, c.checkDigit from ProcurementNeed n join n.additionalCpv c where n.id in :ids order by n.id, index(c)")
public class ProcurementNeed extends Initiative {

    public static final String KIND_VALUE = "PROCUREMENT_NEED";
    public static final String KIND = "procurement_need";
    public static final String MAIN_CPV_OF = "ProcurementNeed.mainCpvOf";
    public static final String ADDITIONAL_CPV_OF = "ProcurementNeed.additionalCpvOf";
    public static final int MAX_RICH_TEXT = 100_000;
    private static final int MAX_ADDITIONAL_CODES = 30;
    private static final int MAX_CONTRACT_MONTHS = 240;

    @ManyToOne(optional = false)
    @JoinColumn(name = "main_cpv_code")
    private CpvCode mainCpv;

    @ManyToMany
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(name = "procurement_need_cpv",
            joinColumns = @JoinColumn(name = "procurement_need_id"),
            inverseJoinColumns = @JoinColumn(name = "cpv_code"))
    @OrderColumn(name = "position")
    private List<CpvCode> additionalCpv = new ArrayList<>();

    @Column(name = "value_min_sek")
    private Long valueMinSek;

    @Column(name = "value_max_sek")
    private Long valueMaxSek;

    @Column(name = "window_from")
    private LocalDate windowFrom;

    @Column(name = "window_to")
    private LocalDate windowTo;

    @Column(name = "contract_months")
    private Integer contractMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "procurement_status", nullable = false)
    private ProcurementStatus procurementStatus = ProcurementStatus.PLANNING;

    @Column(name = "open_for_co_procurement", nullable = false)
    private boolean openForCoProcurement;

    @Column(name = "join_deadline")
    private LocalDate joinDeadline;

    private String requirements;

    protected ProcurementNeed() {
    }

    public ProcurementNeed(Organisation owner, Person createdBy) {
        super(owner, createdBy);
    }

    /** What is to be bought, as CPV codes: one main code and any number of additional ones. */
    public void classifyAs(CpvCode main, List<CpvCode> additional) {
        if (main == null) {
            throw new InvalidInput("mainCpvCode", "Give the main CPV code of what is to be bought, for example 48000000.");
        }
        var extra = new LinkedHashSet<>(additional == null ? List.<CpvCode>of() : additional);
        extra.remove(main);
        if (extra.size() > MAX_ADDITIONAL_CODES) {
            throw new InvalidInput("additionalCpvCodes", "At most " + MAX_ADDITIONAL_CODES + " additional CPV codes are allowed.");
        }
        this.mainCpv = main;
        this.additionalCpv.clear();
        this.additionalCpv.addAll(extra);
        touch();
    }

    /** The estimated value (a range in SEK), the procurement window and the contract length. */
    public void plan(Long valueMinSek, Long valueMaxSek, LocalDate windowFrom, LocalDate windowTo, Integer contractMonths) {
        if (valueMinSek != null && valueMinSek < 0) {
            throw new InvalidInput("estimatedValueMinSek", "The estimated value cannot be negative (" + valueMinSek + " SEK).");
        }
        if (valueMaxSek != null && valueMaxSek < 0) {
            throw new InvalidInput("estimatedValueMaxSek", "The estimated value cannot be negative (" + valueMaxSek + " SEK).");
        }
        if (valueMinSek != null && valueMaxSek != null && valueMaxSek < valueMinSek) {
            throw new InvalidInput("estimatedValueMaxSek", "The estimated value's upper bound (" + valueMaxSek
                    + " SEK) is below its lower bound (" + valueMinSek + " SEK).");
        }
        if (windowFrom != null && windowTo != null && windowTo.isBefore(windowFrom)) {
            throw new InvalidInput("procurementWindowTo", "The procurement window ends (" + windowTo
                    + ") before it starts (" + windowFrom + ").");
        }
        if (contractMonths != null && (contractMonths < 1 || contractMonths > MAX_CONTRACT_MONTHS)) {
            throw new InvalidInput("contractLengthMonths", "The contract length must be between 1 and "
                    + MAX_CONTRACT_MONTHS + " months, not " + contractMonths + ".");
        }
        this.valueMinSek = valueMinSek;
        this.valueMaxSek = valueMaxSek;
        this.windowFrom = windowFrom;
        this.windowTo = windowTo;
        this.contractMonths = contractMonths;
        touch();
    }

    /** Where the procurement stands, whether others may join it and until when, and what is required. */
    public void invite(ProcurementStatus status, boolean openForCoProcurement, LocalDate joinDeadline, String requirements) {
        if (joinDeadline != null && !openForCoProcurement) {
            throw new InvalidInput("joinDeadline", "A deadline to join only makes sense when the need is open for co-procurement.");
        }
        if (joinDeadline != null && windowTo != null && joinDeadline.isAfter(windowTo)) {
            throw new InvalidInput("joinDeadline", "The deadline to join (" + joinDeadline
                    + ") is after the procurement window ends (" + windowTo + ").");
        }
        String clean = SafeHtml.clean(requirements);
        if (clean.length() > MAX_RICH_TEXT) {
            throw new InvalidInput("requirementsSummary", "The requirements summary is too long: at most " + MAX_RICH_TEXT + " characters.");
        }
        this.procurementStatus = status == null ? ProcurementStatus.PLANNING : status;
        this.openForCoProcurement = openForCoProcurement;
        this.joinDeadline = joinDeadline;
        this.requirements = clean;
        touch();
    }

    /** Whether another organisation may still join on the given day. */
    public boolean takesPartnersOn(LocalDate day) {
        return openForCoProcurement
                && (procurementStatus == ProcurementStatus.PLANNING || procurementStatus == ProcurementStatus.OPEN_FOR_PARTNERS)
                && (joinDeadline == null || !day.isAfter(joinDeadline));
    }

    @Override
    public boolean acceptsParticipants() {
        return true;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String bodyText() {
        return Stream.of(SafeHtml.text(requirements), allCpv().stream().map(CpvCode::labelSv).collect(Collectors.joining(" ")))
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining("\n"));
    }

    /** The CPV codes with their labels: what the need is, in the words of the vocabulary. */
    @Override
    public List<String> keyPoints() {
        return allCpv().stream().map(c -> c.code() + " " + c.labelSv()).toList();
    }

    @Override
    public String pagePath() {
        return "/upphandling.xhtml?id=" + id();
    }

    public List<CpvCode> allCpv() {
        var all = new ArrayList<CpvCode>();
        if (mainCpv != null) {
            all.add(mainCpv);
        }
        all.addAll(additionalCpv);
        return all;
    }

    public CpvCode mainCpv() {
        return mainCpv;
    }

    public List<CpvCode> additionalCpv() {
        return List.copyOf(additionalCpv);
    }

    public Long valueMinSek() {
        return valueMinSek;
    }

    public Long valueMaxSek() {
        return valueMaxSek;
    }

    public LocalDate windowFrom() {
        return windowFrom;
    }

    public LocalDate windowTo() {
        return windowTo;
    }

    public Integer contractMonths() {
        return contractMonths;
    }

    public ProcurementStatus procurementStatus() {
        return procurementStatus;
    }

    public boolean openForCoProcurement() {
        return openForCoProcurement;
    }

    public LocalDate joinDeadline() {
        return joinDeadline;
    }

    public String requirements() {
        return requirements;
    }
}
