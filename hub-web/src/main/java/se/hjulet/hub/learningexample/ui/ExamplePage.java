package se.hjulet.hub.learningexample.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import se.hjulet.hub.initiative.ui.InitiativePage;
import se.hjulet.hub.learningexample.entity.LearningExample;

/**
 * One learning example, {@code exempel.xhtml?id=N}: its conclusions, story and success factors in the
 * structure of SKR's lärande exempel; everything else every initiative page has.
 */
@Named("examplePage")
@RequestScoped
public class ExamplePage extends InitiativePage<LearningExample> {

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

    public List<String> getConclusions() {
        return getItem().conclusions();
    }

    public List<String> getSuccessFactors() {
        return getItem().successFactors();
    }

    public String getOriginallyPublished() {
        return formats.date(getItem().originallyPublished());
    }
}
