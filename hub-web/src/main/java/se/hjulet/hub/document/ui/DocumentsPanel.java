package se.hjulet.hub.document.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.hjulet.hub.document.boundary.Documents;
import se.hjulet.hub.document.entity.Document;
import se.hjulet.hub.document.entity.DocumentStatus;
import se.hjulet.hub.initiative.boundary.Initiatives;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.initiative.ui.InitiativePage;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotAuthenticated;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.hub.ui.Failures;
import se.hjulet.hub.ui.Formats;
import se.hjulet.hub.ui.Site;
import se.hjulet.hub.ui.Texts;

/**
 * An item's documents: the list on its page (name, type, size, whether its text could be read and why
 * not, download), and on its form the upload, replacement and removal. Without JavaScript the files go
 * with the form (multipart) and the page answers; {@code resources/js/documents.js} instead sends each
 * file to the API with a progress bar of its own and follows its reading status until it is done.
 * Removal asks first: the first press shows "Ta bort X? Ja / Nej".
 *
 * <p>Request scoped: the item is named by the request's {@code id} parameter (the page's or the form's).
 */
@Named("documentsPanel")
@RequestScoped
public class DocumentsPanel {

    @Inject
    Documents documents;

    @Inject
    Initiatives initiatives;

    @Inject
    Formats formats;

    @Inject
    Site site;

    private boolean loaded;
    private Initiative item;
    private List<Document> attached = List.of();

    private List<Part> files = new ArrayList<>();
    /** The file chosen for each document's "Ersätt", by document id. */
    private final java.util.Map<Long, Part> replacements = new java.util.HashMap<>();
    private Long confirming;

    /** The item named by the request's {@code id} (a button of the panel's own form). */
    private void load() {
        load(InitiativePage.parseId(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id")));
    }

    private void load(Long id) {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            return;
        }
        try {
            item = initiatives.read(Initiative.class, id);
            attached = documents.attachedTo(item);
        } catch (NotFound e) {
            item = null;
        }
    }

    /** One document as the lists show it. */
    public record Row(long id, String name, String type, String size, String status, String statusLabel, String reason,
                      String download, String uploaded) {
    }

    /** The documents of the item the page shows (also when another form on the page was posted). */
    public List<Row> rows(Long itemId) {
        load(itemId);
        return attached.stream().map(this::row).toList();
    }

    private Row row(Document d) {
        String status = d.status().name().toLowerCase(Locale.ROOT);
        return new Row(d.id(), d.name(), typeOf(d.mediaType()), size(d.size()), status,
                Texts.get("document.status." + d.status().name()),
                d.status() == DocumentStatus.OK || d.status() == DocumentStatus.PENDING ? null : d.extractionMessage(),
                site.url("/api/v1/documents/" + d.id() + "/content"), formats.instant(d.uploadedAt()));
    }

    public boolean mayEdit(Long itemId) {
        load(itemId);
        return item != null && initiatives.mayEdit(item);
    }

    /** Where documents.js sends new files. */
    public String uploadUrl(Long itemId) {
        return itemId == null ? "" : site.url("/api/v1/initiatives/" + itemId + "/documents");
    }

    public long getMaxBytes() {
        return documents.maxBytes();
    }

    public String getMaxSize() {
        return size(documents.maxBytes());
    }

    // --- the buttons ---

    /** "Ladda upp": every chosen file, each with its own answer. */
    public String upload() {
        load();
        if (files == null || files.isEmpty() || files.stream().allMatch(p -> p.getSize() == 0 && blank(p.getSubmittedFileName()))) {
            message(Texts.error(Texts.get("document.noFile")));
            return null;
        }
        for (Part part : files) {
            String name = part.getSubmittedFileName();
            attempt(name, () -> {
                documents.upload(item.id(), name, bytes(part));
                return Texts.get("document.done.uploaded", name);
            });
        }
        return done();
    }

    /** "Ersätt": the chosen file takes the document's place (its name too, if it has another). */
    public String replace(long documentId) {
        load();
        Part replacement = replacements.get(documentId);
        if (replacement == null || replacement.getSize() == 0) {
            message(Texts.error(Texts.get("document.noFile")));
            return null;
        }
        String name = replacement.getSubmittedFileName();
        attempt(name, () -> {
            documents.replace(documentId, name, bytes(replacement));
            return Texts.get("document.done.replaced", name);
        });
        return done();
    }

    /** "Ta bort": the first press asks. */
    public String askToDelete(long documentId) {
        confirming = documentId;
        return null;
    }

    /** "Ja, ta bort". */
    public String delete(long documentId) {
        load();
        String name = attached.stream().filter(d -> d.id() == documentId).map(Document::name).findFirst().orElse("");
        attempt(name, () -> {
            documents.delete(documentId);
            return Texts.get("document.done.deleted", name);
        });
        return done();
    }

    public boolean isConfirming(long documentId) {
        return confirming != null && confirming == documentId;
    }

    private interface Work {
        String run();
    }

    private void attempt(String name, Work work) {
        try {
            message(Texts.info(work.run()));
        } catch (InvalidInput e) {
            message(Texts.error(Texts.get("document.refused", name, e.getMessage())));
        } catch (Conflict e) {
            message(Texts.error(Texts.get("document.refused", name, e.getMessage())));
        } catch (AccessDenied | NotAuthenticated e) {
            message(Texts.error(Texts.get("form.accessDenied")));
        } catch (NotFound e) {
            message(Texts.error(Texts.get("form.notFound")));
        } catch (RuntimeException e) {
            switch (Failures.kindOf(e)) {
                case LOST_UPDATE, CLASH -> message(Texts.error(Texts.get("form.conflict")));
                case DATABASE_UNAVAILABLE -> message(Texts.error(Texts.get("form.databaseUnavailable")));
                default -> throw e;
            }
        }
    }

    /** Back to the form (post/redirect/get), with what happened to each file. */
    private String done() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return view + "?faces-redirect=true&id=" + item.id();
    }

    private byte[] bytes(Part part) {
        if (part.getSize() > documents.maxBytes()) {
            throw new InvalidInput("file", Texts.get("document.tooLarge", size(documents.maxBytes())));
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void message(jakarta.faces.application.FacesMessage message) {
        FacesContext.getCurrentInstance().addMessage(null, message);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** "PDF", "Word", … from the media type the hub detected. */
    static String typeOf(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        String type = mediaType.toLowerCase(Locale.ROOT);
        if (type.contains("pdf")) {
            return "PDF";
        } else if (type.contains("wordprocessingml")) {
            return "Word";
        } else if (type.contains("presentationml")) {
            return "PowerPoint";
        } else if (type.contains("spreadsheetml")) {
            return "Excel";
        } else if (type.contains("opendocument.text")) {
            return "OpenDocument";
        } else if (type.contains("html")) {
            return "HTML";
        } else if (type.startsWith("text/")) {
            return Texts.get("document.type.text");
        }
        return mediaType;
    }

    /** "1,2 MB", "340 kB". */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Texts.locale(), "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        return String.format(Texts.locale(), "%d kB", Math.max(1, Math.round(bytes / 1024.0)));
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }

    public java.util.Map<Long, Part> getReplacements() {
        return replacements;
    }
}
