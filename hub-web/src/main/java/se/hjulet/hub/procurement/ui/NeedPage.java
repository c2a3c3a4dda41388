package se.hjulet.hub.procurement.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import se.hjulet.hub.initiative.ui.InitiativePage;
import se.hjulet.hub.procurement.entity.ProcurementNeed;
import se.hjulet.hub.ui.Texts;

/**
 * One procurement need, {@code upphandling.xhtml?id=N}: what (CPV), for how much, when, whether
 * others may still join, and who has.
 */
@Named("needPage")
@RequestScoped
public class NeedPage extends InitiativePage<ProcurementNeed> {

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

    /** The CPV codes with their labels in the reader's language, main code first. */
    public List<Row> getCpv() {
        String language = Texts.locale().getLanguage();
        return getItem().allCpv().stream().map(c -> new Row(c.code(), c.label(language))).toList();
    }

    public String getProcurementStatus() {
        return Texts.get("procurementStatus." + getItem().procurementStatus().name());
    }

    public String getEstimatedValue() {
        Long min = getItem().valueMinSek();
        Long max = getItem().valueMaxSek();
        if (min == null && max == null) {
            return null;
        }
        if (min != null && max != null) {
            return min.equals(max) ? sek(min) : sek(min) + " – " + sek(max);
        }
        return min != null ? Texts.get("need.value.atLeast", sek(min)) : Texts.get("need.value.atMost", sek(max));
    }

    public String getWindow() {
        LocalDate from = getItem().windowFrom();
        LocalDate to = getItem().windowTo();
        if (from == null && to == null) {
            return null;
        }
        if (from != null && to != null) {
            return Texts.get("example.period.fromTo", formats.date(from), formats.date(to));
        }
        return from != null ? Texts.get("example.period.from", formats.date(from)) : Texts.get("example.period.until", formats.date(to));
    }

    public String getContractLength() {
        Integer months = getItem().contractMonths();
        return months == null ? null : Texts.get("need.contractMonths", months);
    }

    public boolean isTakesPartners() {
        return getItem().takesPartnersOn(LocalDate.now());
    }

    public String getJoinDeadline() {
        return formats.date(getItem().joinDeadline());
    }
}
