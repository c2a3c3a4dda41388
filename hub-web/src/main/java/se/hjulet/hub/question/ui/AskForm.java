package se.hjulet.hub.question.ui;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.hjulet.hub.initiative.boundary.Initiatives;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.ui.InitiativePage;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.question.boundary.QuestionInput;
import se.hjulet.hub.question.boundary.Questions;
import se.hjulet.hub.question.entity.Question;
import se.hjulet.hub.search.boundary.HubSearch;
import se.hjulet.hub.ui.Failures;
import se.hjulet.hub.ui.FormBean;
import se.hjulet.hub.ui.FormErrors;
import se.hjulet.hub.ui.FormErrors.FieldError;
import se.hjulet.hub.ui.NetworkActions;
import se.hjulet.hub.ui.Texts;
import se.hjulet.hub.ui.TypedInput;
import se.hjulet.search.query.SearchRequest;

/**
 * "Fråga nätverket", {@code skriv/fraga.xhtml[?om=ITEM]}: a logged-in person asks a question for themselves
 * or one of their organisations, about policy areas and, optionally, published items (the item whose page
 * they came from is filled in). Every complaint is a message on its box with the error summary, as in the
 * other forms ({@link FormErrors}); the boundary's own refusals land on the box they name.
 *
 * <p>Ids: title, text, policyAreas, concerns, organisation.
 */
@Named("askForm")
@ViewScoped
public class AskForm extends FormBean {

    private static final long serialVersionUID = 1L;
    private static final int LOOK_AROUND = 6;
    private static final List<String> FIELDS = List.of("title", "text", "policyAreas", "concerns", "organisation");
    /** "12", "/exempel.xhtml?id=12", "https://hjulet.se/projekt.xhtml?id=12": the number names the item. */
    private static final Pattern ITEM_REFERENCE = Pattern.compile("(?:[?&]id=)?(\\d{1,18})(?![\\d])");

    @Inject
    Questions questions;

    @Inject
    Initiatives initiatives;

    @Inject
    People people;

    @Inject
    HubSearch hubSearch;

    private transient Validator validator;

    private String aboutParam;
    private List<Option> organisationOptions = List.of();
    private String title;
    private String text;
    private String policyAreas;
    private String concerns;
    private String organisation = "";
    private String aboutTitle;
    private List<Similar> similar;
    private boolean searchUnavailable;

    /** A question or item like the one being asked ("Har någon redan frågat?"). */
    public record Similar(String kind, String title, String url, String organisation) implements Serializable {
    }

    /** A question as the page checks it before asking the boundary: what a person forgets most. */
    record QuestionDraft(@NotBlank @Size(max = Question.MAX_TITLE) String title, @NotBlank String text,
                         @Size(max = 30) java.util.Set<@Size(max = 100) String> policyAreas,
                         @Size(max = Question.MAX_ITEMS) List<Long> concerns) {
    }

    /** A choice of the select: the value sent (empty: for oneself), the label shown. */
    public record Option(String value, String label) implements Serializable {
    }

    /** Whom a post may be written for: oneself (the empty value), or one of one's organisations by name. */
    public static List<Option> writingFor(se.hjulet.hub.person.entity.Person person) {
        var options = new ArrayList<Option>();
        options.add(new Option("", Texts.get("ask.organisation.self")));
        if (person != null) {
            person.organisations().stream().sorted(Comparator.comparing(o -> o.name()))
                    .forEach(o -> options.add(new Option(o.reference(), o.name())));
        }
        return List.copyOf(options);
    }

    /** View action (first request only): whom the person may ask for, and the item they came from. */
    public void load() {
        var person = people.currentIfAny();
        if (person.isEmpty()) {
            return; // the login filter sends visitors to the login first
        }
        organisationOptions = writingFor(person.get());
        Long about = InitiativePage.parseId(aboutParam);
        if (about != null && concerns == null) {
            try {
                Initiative item = initiatives.read(Initiative.class, about);
                if (item.isPublic()) {
                    concerns = String.valueOf(item.id());
                    aboutTitle = item.title();
                }
            } catch (NotFound e) {
                // a wrong link: the box stays empty
            }
        }
    }

    /** "Skicka frågan": checks, asks, and goes to the new question's page. */
    public String ask() {
        FacesContext context = FacesContext.getCurrentInstance();
        List<Long> items = itemIds(concerns);
        var draft = new QuestionDraft(TypedInput.text(title), TypedInput.text(text), TypedInput.terms(policyAreas), items);
        var errors = new ArrayList<FieldError>();
        if (items == null) {
            errors.add(new FieldError("concerns", Texts.get("ask.invalid.concernsFormat")));
        }
        errors.addAll(errors().of(validator().validate(draft), Map.of()));
        if (!errors.isEmpty()) {
            report(context, errors);
            return null;
        }
        long[] asked = new long[1];
        String outcome = NetworkActions.run(() -> {
            asked[0] = questions.ask(new QuestionInput(draft.title(), draft.text(), draft.policyAreas(), items,
                    TypedInput.text(organisation), null)).id();
            return "ask.done";
        }, "/skriv/fraga.xhtml", this::onField, "network.conflict");
        return outcome == null ? null : "/fraga.xhtml?faces-redirect=true&id=" + asked[0];
    }

    /**
     * "Har någon redan frågat?": the questions and items most like the title and text so far, before asking
     * (the search the hub has; a plain post, so it works without JavaScript). Nothing is stored.
     */
    public String lookAround() {
        String words = TypedInput.text(title);
        if (words == null) {
            report(FacesContext.getCurrentInstance(), List.of(new FieldError("title", Texts.get("ask.lookAround.needsTitle"))));
            return null;
        }
        searchUnavailable = false;
        try {
            similar = hubSearch.search(SearchRequest.forText(words).page(0, LOOK_AROUND)).hits().stream()
                    .map(hit -> new Similar(Texts.has("kind." + hit.kind()) ? Texts.get("kind." + hit.kind()) : hit.kind(), hit.title(),
                            hit.url(), hit.organisationName()))
                    .toList();
        } catch (RuntimeException e) {
            if (Failures.kindOf(e) != Failures.Kind.SEARCH_UNAVAILABLE) {
                throw e;
            }
            similar = List.of();
            searchUnavailable = true;
        }
        return null;
    }

    /** The look-around's answer, once asked for; null before. */
    public List<Similar> getSimilar() {
        return similar;
    }

    public boolean isSearchUnavailable() {
        return searchUnavailable;
    }

    /** A refusal that names a box of this form goes on it, in the bundle's words where it has them. */
    private boolean onField(se.hjulet.hub.platform.entity.InvalidInput e) {
        if (!FIELDS.contains(e.field())) {
            return false;
        }
        String key = "ask.invalid." + e.field();
        report(FacesContext.getCurrentInstance(), List.of(new FieldError(e.field(), Texts.has(key) ? Texts.get(key) : e.getMessage())));
        return true;
    }

    /**
     * The items a question is about, as typed: numbers or the items' addresses, separated by commas, spaces
     * or lines. Null when something typed names no item, so the box gets a message.
     */
    static List<Long> itemIds(String typed) {
        var ids = new LinkedHashSet<Long>();
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        for (String part : typed.strip().split("[,;\\s]+")) {
            Matcher number = ITEM_REFERENCE.matcher(part);
            Long found = null;
            while (number.find()) {
                boolean idParameter = number.group().startsWith("?") || number.group().startsWith("&");
                if (idParameter || part.matches("\\d+")) {
                    found = Long.parseLong(number.group(1));
                }
            }
            if (found == null) {
                return null;
            }
            ids.add(found);
        }
        return List.copyOf(ids);
    }

    @Override
    protected FormErrors errors() {
        return errorsIn(Texts.words());
    }

    /** The form's boxes in order, with the words of a language. */
    static FormErrors errorsIn(FormErrors.Words words) {
        return new FormErrors(FIELDS, List.of(), words);
    }

    private Validator validator() {
        if (validator == null) {
            var fromContainer = CDI.current().select(Validator.class);
            validator = fromContainer.isResolvable() ? fromContainer.get() : Validation.buildDefaultValidatorFactory().getValidator();
        }
        return validator;
    }

    /** The page's title: "Fel: Fråga nätverket" when the form has errors, as screen readers read it first. */
    public String getPageTitle() {
        return isHasErrors() ? Texts.get("form.errorTitle", Texts.get("ask.heading")) : Texts.get("ask.heading");
    }

    public boolean isShowForm() {
        return !organisationOptions.isEmpty();
    }

    public List<Option> getOrganisationOptions() {
        return organisationOptions;
    }

    /** The title of the item the person came from, if any ("Frågan gäller …"). */
    public String getAboutTitle() {
        return aboutTitle;
    }

    public String getAboutParam() {
        return aboutParam;
    }

    public void setAboutParam(String aboutParam) {
        this.aboutParam = aboutParam;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getPolicyAreas() {
        return policyAreas;
    }

    public void setPolicyAreas(String policyAreas) {
        this.policyAreas = policyAreas;
    }

    public String getConcerns() {
        return concerns;
    }

    public void setConcerns(String concerns) {
        this.concerns = concerns;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
