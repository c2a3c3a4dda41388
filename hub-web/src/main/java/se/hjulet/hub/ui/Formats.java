package se.hjulet.hub.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

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
