package se.hjulet.hub.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What every form's bean gives its page (and the hj: tags): the error summary in the form's order, each
 * box's aria-invalid and aria-describedby from its message, row legends, and reporting a save's
 * complaints on their boxes. The complaints themselves come from {@link FormErrors} and {@link TypedInput}.
 */
public abstract class FormBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's boxes in order, for messages and the summary. */
    protected abstract FormErrors errors();

    /**
     * Messages on the boxes, page-wide ones for the rest. The boxes stay "valid" for Faces, so they show
     * what the person typed; {@link #ariaInvalid} marks them from their messages.
     */
    protected static void report(FacesContext context, List<FormErrors.FieldError> errors) {
        for (FormErrors.FieldError error : errors) {
            context.addMessage(error.clientId(), Texts.error(error.text()));
        }
        context.validationFailed();
    }

    protected static void globalError(FacesContext context, String text) {
        context.addMessage(null, Texts.error(text));
        context.validationFailed();
    }

    /** The error summary: every box's message, in the form's order, each with the box it links to. */
    public List<SummaryEntry> getErrors() {
        FacesContext context = FacesContext.getCurrentInstance();
        var entries = new ArrayList<SummaryEntry>();
        var clientIds = context.getClientIdsWithMessages();
        while (clientIds.hasNext()) {
            String clientId = clientIds.next();
            if (clientId == null) {
                continue;
            }
            context.getMessageList(clientId).stream()
                    .filter(m -> m.getSeverity() == FacesMessage.SEVERITY_ERROR || m.getSeverity() == FacesMessage.SEVERITY_FATAL)
                    .forEach(m -> entries.add(new SummaryEntry(clientId, m.getSummary())));
        }
        Comparator<String> order = errors().formOrder();
        entries.sort((a, b) -> order.compare(a.clientId(), b.clientId()));
        return entries;
    }

    public record SummaryEntry(String clientId, String text) {
        /** The link to the box: "#title", "#contacts:0:contactEmail". */
        public String href() {
            return "#" + clientId;
        }
    }

    public boolean isHasErrors() {
        return !getErrors().isEmpty();
    }

    /** {@code p:aria-invalid="#{form.ariaInvalid(component.clientId)}"}. */
    public String ariaInvalid(String clientId) {
        return hasMessage(clientId) ? "true" : "false";
    }

    /** The hint's id (if any) and, when the box has an error, the error's id (clientId + "-error"). */
    public String describedBy(String clientId, String hintId) {
        var ids = new ArrayList<String>();
        if (hintId != null && !hintId.isBlank()) {
            ids.add(hintId);
        }
        if (hasMessage(clientId)) {
            ids.add(clientId + "-error");
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    private static boolean hasMessage(String clientId) {
        return clientId != null && !FacesContext.getCurrentInstance().getMessageList(clientId).isEmpty();
    }

    /** A row's legend: "Kontaktperson 2". */
    public String legend(String key, int number) {
        return Texts.get(key, number);
    }
}
