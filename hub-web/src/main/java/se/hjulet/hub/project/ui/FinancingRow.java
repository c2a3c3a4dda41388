package se.hjulet.hub.project.ui;

import se.hjulet.hub.project.boundary.FinancingLineInput;
import se.hjulet.hub.project.entity.FinancingLine;
import se.hjulet.hub.project.entity.FundingSource;
import se.hjulet.hub.ui.FormErrors.RowSection;
import se.hjulet.hub.ui.Rows;
import se.hjulet.hub.ui.Texts;
import se.hjulet.hub.ui.TypedInput;

/** One financing line as typed: source, fund or funder, partner organisation (code), amount and share. */
public class FinancingRow implements Rows.Row {

    private static final long serialVersionUID = 1L;
    static final RowSection SECTION = new RowSection("financing", "financing", "financing",
            java.util.List.of("source", "funder", "organisation", "amountSek", "sharePercent"));

    private String source;
    private String funder;
    private String organisation;
    private String amountSek;
    private String sharePercent;

    static FinancingRow of(FinancingLine line) {
        var row = new FinancingRow();
        row.source = line.source().name();
        row.funder = line.funder();
        row.organisation = line.organisation() == null ? null : line.organisation().reference();
        row.amountSek = String.valueOf(line.amountSek());
        row.sharePercent = line.sharePercent() == null ? null : line.sharePercent().toPlainString();
        return row;
    }

    /** A line without a source is the owner's own money, as the API takes it. */
    FinancingLineInput toInput(int row, TypedInput typed) {
        FundingSource chosen = typed.choice(FundingSource.class, SECTION.clientId(row, "source"),
                Texts.get("form.financing.source"), source);
        Long amount = typed.wholeNumber(SECTION.clientId(row, "amountSek"), Texts.get("form.financing.amountSek"), amountSek);
        return new FinancingLineInput(chosen == null ? FundingSource.OWN : chosen, TypedInput.text(funder),
                TypedInput.text(organisation), amount == null ? 0L : amount,
                typed.decimal(SECTION.clientId(row, "sharePercent"), Texts.get("form.financing.sharePercent"), sharePercent));
    }

    @Override
    public boolean isEmpty() {
        return TypedInput.text(source) == null && TypedInput.text(funder) == null && TypedInput.text(organisation) == null
                && TypedInput.text(amountSek) == null && TypedInput.text(sharePercent) == null;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getFunder() {
        return funder;
    }

    public void setFunder(String funder) {
        this.funder = funder;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getAmountSek() {
        return amountSek;
    }

    public void setAmountSek(String amountSek) {
        this.amountSek = amountSek;
    }

    public String getSharePercent() {
        return sharePercent;
    }

    public void setSharePercent(String sharePercent) {
        this.sharePercent = sharePercent;
    }
}
