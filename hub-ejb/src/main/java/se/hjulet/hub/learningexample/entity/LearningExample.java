package se.hjulet.hub.learningexample.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * A lärande exempel in the structure SKR uses: conclusions, background, implementation, success
 * factors and results.
 */
@Entity
@Table(name = "learning_example")
@DiscriminatorValue(LearningExample.KIND_VALUE)
public class LearningExample extends Initiative {

    public static final String KIND_VALUE = "LEARNING_EXAMPLE";
    public static final String KIND = "learning_example";
    public static final int MAX_RICH_TEXT = 100_000;
    private static final int MAX_ITEM = 2000;
    private static final int MAX_ITEMS = 30;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "learning_example_conclusion", joinColumns = @JoinColumn(name = "learning_example_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> conclusions = new ArrayList<>();

    private String background;

    private String implementation;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "learning_example_success_factor", joinColumns = @JoinColumn(name = "learning_example_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> successFactors = new ArrayList<>();

    private String results;

    @Column(name = "originally_published")
    private LocalDate originallyPublished;

    protected LearningExample() {
    }

    public LearningExample(Organisation owner, Person createdBy) {
        super(owner, createdBy);
    }

    /** Sets the SKR sections; rich text is sanitised here, so nothing unsafe is ever stored. */
    public void tell(List<String> conclusions, String background, String implementation,
                     List<String> successFactors, String results, LocalDate originallyPublished) {
        this.conclusions.clear();
        this.conclusions.addAll(cleanItems("conclusions", conclusions, MAX_ITEM, MAX_ITEMS));
        this.background = richText("background", background);
        this.implementation = richText("implementation", implementation);
        this.successFactors.clear();
        this.successFactors.addAll(cleanItems("successFactors", successFactors, MAX_ITEM, MAX_ITEMS));
        this.results = richText("results", results);
        this.originallyPublished = originallyPublished;
        touch();
    }

    private static String richText(String field, String html) {
        String clean = SafeHtml.clean(html);
        if (clean.length() > MAX_RICH_TEXT) {
            throw new InvalidInput(field, "The " + field + " is too long: at most " + MAX_RICH_TEXT + " characters of text and markup.");
        }
        return clean;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String bodyText() {
        return Stream.of(SafeHtml.text(background), SafeHtml.text(implementation),
                        String.join(" ", successFactors), SafeHtml.text(results))
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining("\n"));
    }

    @Override
    public List<String> keyPoints() {
        return conclusions();
    }

    @Override
    public String pagePath() {
        return "/exempel.xhtml?id=" + id();
    }

    public List<String> conclusions() {
        return List.copyOf(conclusions);
    }

    public String background() {
        return background;
    }

    public String implementation() {
        return implementation;
    }

    public List<String> successFactors() {
        return List.copyOf(successFactors);
    }

    public String results() {
        return results;
    }

    public LocalDate originallyPublished() {
        return originallyPublished;
    }
}
