package se.hjulet.hub.reuse.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.hjulet.hub.initiative.boundary.Initiatives;
import se.hjulet.hub.initiative.boundary.Portfolios;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.ui.InitiativePage;
import se.hjulet.hub.learningexample.entity.LearningExample;
import se.hjulet.hub.organisation.entity.Organisation;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.project.entity.Project;
import se.hjulet.hub.question.ui.AskForm.Option;
import se.hjulet.hub.reuse.boundary.ReuseInput;
import se.hjulet.hub.reuse.boundary.Reuses;
import se.hjulet.hub.reuse.entity.ReuseKind;
import se.hjulet.hub.reuse.entity.ReuseMark;
import se.hjulet.hub.ui.NetworkActions;
import se.hjulet.hub.ui.Texts;
import se.hjulet.hub.ui.TypedInput;

/**
 * "Vi har återanvänt detta" on an item's page (WEB-INF/templates/reuse.xhtml): a member of another
 * organisation says which of their organisations reused the item or was inspired by it, optionally naming
 * the project or learning example that came of it, and can take the mark back. Request scoped like the
 * page: the forms name the item in their hidden {@code id}.
 *
 * <p>Ids: reuseOrganisation, reuseHow, reuseOwnItem, reuseNote.
 */
@Named("reuseMarking")
@RequestScoped
public class ReuseMarking {

    private static final int MAX_OWN_ITEMS = 200;

    @Inject
    Reuses reuses;

    @Inject
    Initiatives initiatives;

    @Inject
    Portfolios portfolios;

    private List<ReuseMark> marks;
    private List<Organisation> free;

    // what the form sends
    private String organisation;
    private String how = ReuseKind.REUSED.name();
    private String ownItem = "";
    private String note;

    private List<ReuseMark> marks(Initiative item) {
        if (marks == null) {
            marks = reuses.of(item);
        }
        return marks;
    }

    /** The caller's organisations that may still mark the item: not its owner, not marked already. */
    private List<Organisation> free(Initiative item) {
        if (free == null) {
            Set<Organisation> marked = marks(item).stream().map(ReuseMark::organisation).collect(Collectors.toSet());
            free = reuses.mayMarkFor(item).stream().filter(o -> !marked.contains(o))
                    .sorted(Comparator.comparing(Organisation::name)).toList();
        }
        return free;
    }

    /** Whether the form is offered: a published item, and an organisation of the caller's that may mark it. */
    public boolean mayMark(Initiative item) {
        return item != null && item.isPublic() && !free(item).isEmpty();
    }

    public List<Option> organisationOptions(Initiative item) {
        return free(item).stream().map(o -> new Option(o.reference(), o.name())).toList();
    }

    public List<Option> getHowOptions() {
        return List.of(ReuseKind.values()).stream().map(k -> new Option(k.name(), Texts.get("reuse.form.how." + k.name()))).toList();
    }

    /** What the organisations may name as their own result: their projects and learning examples ("Sundsvall: Titel"). */
    public List<Option> ownItemOptions(Initiative item) {
        var options = new ArrayList<Option>();
        options.add(new Option("", Texts.get("reuse.form.ownItem.none")));
        for (Organisation organisation : free(item)) {
            portfolios.of(organisation).stream()
                    .filter(i -> (i instanceof Project || i instanceof LearningExample) && !i.equals(item))
                    .limit(MAX_OWN_ITEMS)
                    .forEach(i -> options.add(new Option(String.valueOf(i.id()), organisation.name() + ": " + i.title())));
        }
        return options;
    }

    /** One of the caller's organisations' marks, which they may take back. */
    public record OwnMark(long id, String organisation) {
    }

    public List<OwnMark> ownMarks(Initiative item) {
        if (item == null) {
            return List.of();
        }
        Set<Organisation> mine = Set.copyOf(reuses.mayMarkFor(item));
        return marks(item).stream().filter(m -> mine.contains(m.organisation()))
                .map(m -> new OwnMark(m.id(), m.organisation().name())).toList();
    }

    // --- the buttons ---

    public String mark() {
        Initiative item = item();
        if (item == null) {
            return null;
        }
        return NetworkActions.run(() -> {
            ReuseKind kind = ReuseKind.INSPIRED.name().equals(how) ? ReuseKind.INSPIRED : ReuseKind.REUSED;
            reuses.mark(item.id(), new ReuseInput(TypedInput.text(organisation), kind,
                    InitiativePage.parseId(ownItem), TypedInput.text(note)));
            return "reuse.done.marked";
        }, item.pagePath(), e -> false, "reuse.conflict");
    }

    public String unmark(long markId) {
        Initiative item = item();
        if (item == null) {
            return null;
        }
        return NetworkActions.run(() -> {
            reuses.unmark(item.id(), markId);
            return "reuse.done.unmarked";
        }, item.pagePath(), e -> false, "reuse.conflict");
    }

    private Initiative item() {
        Long id = InitiativePage.parseId(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"));
        try {
            return id == null ? null : initiatives.read(Initiative.class, id);
        } catch (NotFound e) {
            FacesContext.getCurrentInstance().addMessage(null, Texts.error(Texts.get("network.notFound")));
            return null;
        }
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getHow() {
        return how;
    }

    public void setHow(String how) {
        this.how = how;
    }

    public String getOwnItem() {
        return ownItem;
    }

    public void setOwnItem(String ownItem) {
        this.ownItem = ownItem;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
