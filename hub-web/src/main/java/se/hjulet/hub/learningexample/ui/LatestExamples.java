package se.hjulet.hub.learningexample.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import se.hjulet.hub.initiative.boundary.Initiatives;
import se.hjulet.hub.learningexample.entity.LearningExample;

/** The newest published learning examples, for the start page. */
@Named("latestExamples")
@RequestScoped
public class LatestExamples {

    static final int COUNT = 6;

    @Inject
    Initiatives initiatives;

    private List<Item> items;

    public List<Item> getItems() {
        if (items == null) {
            items = initiatives.published(LearningExample.class, 0, COUNT).stream()
                    .map(e -> new Item(e.id(), e.title(), e.owner().name(), e.lead(), e.publishedAt()))
                    .toList();
        }
        return items;
    }

    /** What a card shows; read in pages as {@code item.title()}. */
    public record Item(long id, String title, String organisation, String lead, Instant publishedAt) {
    }
}
