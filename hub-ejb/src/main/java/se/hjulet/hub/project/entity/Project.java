package se.hjulet.hub.project.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.entity.SafeHtml;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.hub.platform.entity.InvalidInput;

/** A project: its phase, its budget and financing, how open it is to others, its goals and results. */
@Entity
@Table(name = "project")
@DiscriminatorValue(Project.KIND_VALUE)
public class Project extends Initiative {

    public static final String KIND_VALUE = "PROJECT";
    public static final String KIND = "project";
    public static final int MAX_RICH_TEXT = 100_000;
    private static final int MAX_FINANCING_LINES = 20;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectPhase phase = ProjectPhase.IDEA;

    @Column(name = "budget_sek", nullable = false)
    private long budgetSek;

    @ElementCollection
    @CollectionTable(name = "project_financing", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<FinancingLine> financing = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "collaboration_level", nullable = false)
    private CollaborationLevel collaborationLevel = CollaborationLevel.SHARE_IDEAS;

    private String goals;

    private String results;

    protected Project() {
    }

    public Project(Organisation owner, Person createdBy) {
        super(owner, createdBy);
    }

    /** Phase, openness, goals and results; rich text is sanitised here, so nothing unsafe is stored. */
    public void plan(ProjectPhase phase, CollaborationLevel collaborationLevel, String goals, String results) {
        this.phase = phase == null ? ProjectPhase.IDEA : phase;
        this.collaborationLevel = collaborationLevel == null ? CollaborationLevel.SHARE_IDEAS : collaborationLevel;
        this.goals = richText("goals", goals);
        this.results = richText("results", results);
        touch();
    }

    /**
     * The budget and where its money comes from. The lines may not promise more than the budget, in
     * SEK or in shares: that would be a project financed more than once.
     */
    public void finance(long budgetSek, List<FinancingLine> lines) {
        if (budgetSek < 0) {
            throw new InvalidInput("budgetSek", "The budget cannot be negative (" + budgetSek + " SEK).");
        }
        List<FinancingLine> given = lines == null ? List.of() : List.copyOf(lines);
        if (given.size() > MAX_FINANCING_LINES) {
            throw new InvalidInput("financing", "At most " + MAX_FINANCING_LINES + " financing lines are allowed.");
        }
        BigDecimal shares = given.stream().map(FinancingLine::sharePercent).filter(s -> s != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (shares.compareTo(HUNDRED) > 0) {
            throw new InvalidInput("financing.sharePercent", "The financing shares add up to "
                    + shares.stripTrailingZeros().toPlainString() + " %; together they may be at most 100 %.");
        }
        long amounts = given.stream().mapToLong(FinancingLine::amountSek).sum();
        if (amounts > budgetSek) {
            throw new InvalidInput("financing.amountSek", "The financing amounts add up to " + amounts
                    + " SEK, more than the budget of " + budgetSek + " SEK.");
        }
        this.budgetSek = budgetSek;
        this.financing.clear();
        this.financing.addAll(given);
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
    public boolean acceptsParticipants() {
        return true;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String bodyText() {
        String funders = financing.stream().map(FinancingLine::funder).filter(f -> f != null)
                .collect(Collectors.joining(" "));
        return Stream.of(SafeHtml.text(goals), SafeHtml.text(results), funders)
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining("\n"));
    }

    @Override
    public String pagePath() {
        return "/projekt.xhtml?id=" + id();
    }

    public ProjectPhase phase() {
        return phase;
    }

    public long budgetSek() {
        return budgetSek;
    }

    public List<FinancingLine> financing() {
        return List.copyOf(financing);
    }

    public CollaborationLevel collaborationLevel() {
        return collaborationLevel;
    }

    public String goals() {
        return goals;
    }

    public String results() {
        return results;
    }
}
