package se.hjulet.hub.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.platform.entity.InvalidInput;

/** One source of a project's money: who pays, how much, and which share of the budget that is. */
@Embeddable
public class FinancingLine {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FundingSource source;

    private String funder;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "amount_sek", nullable = false)
    private long amountSek;

    @Column(name = "share_percent", precision = 5, scale = 2)
    private BigDecimal sharePercent;

    protected FinancingLine() {
    }

    public FinancingLine(FundingSource source, String funder, Organisation organisation, long amountSek, BigDecimal sharePercent) {
        if (source == null) {
            throw new InvalidInput("financing.source", "Say where the money comes from: OWN, PARTNER or EXTERNAL_FUND.");
        }
        if (amountSek < 0) {
            throw new InvalidInput("financing.amountSek", "A financing amount cannot be negative (" + amountSek + " SEK).");
        }
        if (sharePercent != null && (sharePercent.signum() < 0 || sharePercent.compareTo(HUNDRED) > 0)) {
            throw new InvalidInput("financing.sharePercent", "A share must be between 0 and 100 %, not " + sharePercent.toPlainString() + " %.");
        }
        String name = funder == null || funder.isBlank() ? null : funder.strip();
        if (name != null && name.length() > 200) {
            throw new InvalidInput("financing.funder", "A funder's name may have at most 200 characters.");
        }
        if (source == FundingSource.EXTERNAL_FUND && name == null) {
            throw new InvalidInput("financing.funder", "Name the external fund (for example ERDF, Vinnova or Tillväxtverket).");
        }
        if (source == FundingSource.PARTNER && organisation == null && name == null) {
            throw new InvalidInput("financing.organisation", "Name the partner organisation that pays.");
        }
        this.source = source;
        this.funder = name;
        this.organisation = organisation;
        this.amountSek = amountSek;
        this.sharePercent = sharePercent == null ? null : sharePercent.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public FundingSource source() {
        return source;
    }

    public String funder() {
        return funder;
    }

    public Organisation organisation() {
        return organisation;
    }

    public long amountSek() {
        return amountSek;
    }

    public BigDecimal sharePercent() {
        return sharePercent;
    }
}
