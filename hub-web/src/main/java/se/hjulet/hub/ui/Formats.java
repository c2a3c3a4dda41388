package se.hjulet.hub.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import se.hjulet.hub.initiative.entity.Period;

/** Dates as people read them, in the view's language: "3 mars 2021" (d MMMM yyyy). */
@Named("formats")
@RequestScoped
public class Formats {

    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private DateTimeFormatter formatter() {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Texts.locale());
    }

    /** {@code #{formats.date(example.period().from())}}; null gives the empty string. */
    public String date(LocalDate date) {
        return date == null ? "" : formatter().format(date);
    }

    /** An instant as its date in Swedish time. */
    public String instant(Instant instant) {
        return instant == null ? "" : formatter().format(instant.atZone(SWEDEN).toLocalDate());
    }

    /** When an initiative ran, as a sentence ("1 januari 2020 – 31 december 2020", "sedan …, pågår"); null when unknown. */
    public String period(Period period) {
        if (period == null || (period.from() == null && period.to() == null && !period.ongoing())) {
            return null;
        }
        String from = date(period.from());
        String to = date(period.to());
        if (period.ongoing()) {
            return period.from() == null ? Texts.get("example.period.ongoing") : Texts.get("example.period.fromOngoing", from);
        }
        if (period.from() != null && period.to() != null) {
            return Texts.get("example.period.fromTo", from, to);
        }
        return period.from() != null ? Texts.get("example.period.from", from) : Texts.get("example.period.until", to);
    }

    /** An amount in kronor as Swedes write it: "6 000 000 kr" (no-break spaces between the thousands). */
    public static String kronor(long amount) {
        return Texts.get("initiative.sek", String.format(Texts.locale(), "%,d", amount).replace(',', '\u00a0'));
    }

    /** The machine-readable form for {@code <time datetime>}. */
    public String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String isoInstant(Instant instant) {
        return instant == null ? "" : instant.atZone(SWEDEN).toLocalDate().toString();
    }

    /** The first characters of a text, cut at a word, with an ellipsis when cut. */
    public String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
        return flat.substring(0, cut > max / 2 ? cut : max).stripTrailing() + "…";
    }
}
