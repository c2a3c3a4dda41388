package se.hjulet.hub.collection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import se.hjulet.hub.platform.entity.InvalidInput;

/** A date in the series, such as a workshop. */
@Embeddable
public class Event {

    @Column(name = "event_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private String title;

    protected Event() {
    }

    public Event(LocalDate date, String title) {
        if (date == null) {
            throw new InvalidInput("events.date", "Each event needs a date.");
        }
        this.date = date;
        this.title = CuratedCollection.required("events.title", title, 300);
    }

    public LocalDate date() {
        return date;
    }

    public String title() {
        return title;
    }
}
