package se.hjulet.hub.learningexample.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.hjulet.hub.initiative.ui.InitiativeForm;
import se.hjulet.hub.learningexample.boundary.LearningExampleInput;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.ui.TypedInput;

/**
 * The learning-example form, {@code skriv/exempel.xhtml} (new) and {@code ?id=N} (edit): what every
 * initiative's form has, and the structure of SKR's lärande exempel (conclusions, background,
 * implementation, success factors, results). The original publication date is not shown: it is kept.
 */
@Named("exampleForm")
@ViewScoped
public class ExampleForm extends InitiativeForm<LearningExample> {

    private static final long serialVersionUID = 1L;

    private String conclusions;
    private String background;
    private String implementation;
    private String successFactors;
    private String results;
    private LocalDate originallyPublished;

    @Override
    protected Class<LearningExample> kind() {
        return LearningExample.class;
    }

    @Override
    protected String page() {
        return "/exempel.xhtml";
    }

    @Override
    protected String form() {
        return "/skriv/exempel.xhtml";
    }

    @Override
    protected String keys() {
        return "example";
    }

    @Override
    protected List<String> ownFields() {
        return List.of("conclusions", "background", "implementation", "successFactors", "results");
    }

    @Override
    protected List<String> lookAlikeTextFields() {
        return List.of("conclusions", "background", "implementation", "results");
    }

    @Override
    protected String lookAlikeText() {
        return String.join("\n", Stream.of(conclusions, background, implementation, results).filter(t -> t != null && !t.isBlank()).toList());
    }

    @Override
    protected void fill(LearningExample example) {
        conclusions = String.join("\n", example.conclusions());
        background = example.background();
        implementation = example.implementation();
        successFactors = String.join("\n", example.successFactors());
        results = example.results();
        originallyPublished = example.originallyPublished();
    }

    @Override
    protected LearningExampleInput input(Core core, TypedInput typed, Map<String, int[]> rowsOf) {
        return new LearningExampleInput(core.title(), core.lead(), core.ownerOrganisation(), core.participants(),
                TypedInput.lines(conclusions), TypedInput.text(background), TypedInput.text(implementation),
                TypedInput.lines(successFactors), TypedInput.text(results), core.policyAreas(), core.tags(),
                core.periodFrom(), core.periodTo(), core.ongoing(), core.contacts(), core.links(), core.language(),
                originallyPublished, core.version());
    }

    public String getConclusions() {
        return conclusions;
    }

    public void setConclusions(String conclusions) {
        this.conclusions = conclusions;
    }

    public String getBackground() {
        return background;
    }

    public void setBackground(String background) {
        this.background = background;
    }

    public String getImplementation() {
        return implementation;
    }

    public void setImplementation(String implementation) {
        this.implementation = implementation;
    }

    public String getSuccessFactors() {
        return successFactors;
    }

    public void setSuccessFactors(String successFactors) {
        this.successFactors = successFactors;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }
}
