package se.hjulet.hub.collection.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import se.hjulet.hub.platform.entity.InvalidInput;

/**
 * A section of a collection (one workshop's theme, say UTBLICK): its ordered items and the questions
 * participants reflect on. An entity rather than an embeddable because it holds lists of its own.
 */
@Entity
@Table(name = "collection_theme")
public class Theme {

    public static final int MAX_ITEMS = 50;
    public static final int MAX_QUESTIONS = 20;

    @Id
    @SequenceGenerator(name = "hub_seq", sequenceName = "hub_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_seq")
    private Long id;

    @Column(nullable = false)
    private String title;

    private String description;

    @ElementCollection
    @CollectionTable(name = "collection_item", joinColumns = @JoinColumn(name = "theme_id"))
    @OrderColumn(name = "position")
    private List<CollectionItem> items = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "collection_theme_question", joinColumns = @JoinColumn(name = "theme_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> questions = new ArrayList<>();

    protected Theme() {
    }

    public Theme(String title, String description, List<CollectionItem> items, List<String> questions) {
        this.title = CuratedCollection.required("themes.title", title, 200);
        this.description = CuratedCollection.optional("themes.description", description, 4000);
        if (items.size() > MAX_ITEMS) {
            throw new InvalidInput("themes.items", "A theme holds at most " + MAX_ITEMS + " items.");
        }
        List<String> cleaned = questions == null ? List.of()
                : questions.stream().filter(q -> q != null && !q.isBlank()).map(q -> CuratedCollection.required("themes.questions", q, 1000)).toList();
        if (cleaned.size() > MAX_QUESTIONS) {
            throw new InvalidInput("themes.questions", "A theme holds at most " + MAX_QUESTIONS + " reflection questions.");
        }
        this.items.addAll(items);
        this.questions.addAll(cleaned);
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<CollectionItem> items() {
        return List.copyOf(items);
    }

    public List<String> questions() {
        return List.copyOf(questions);
    }
}
