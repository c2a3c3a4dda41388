package se.hjulet.hub.document.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.hjulet.hub.document.control.DocumentReader;
import se.hjulet.hub.document.entity.Document;
import se.hjulet.hub.document.entity.DocumentContent;
import se.hjulet.hub.document.entity.FileName;
import se.hjulet.hub.indexing.control.SearchOutbox;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.platform.control.FlushBeforeReturning;
import se.hjulet.hub.platform.entity.AccessDenied;
import se.hjulet.hub.platform.entity.Conflict;
import se.hjulet.hub.platform.entity.InvalidInput;
import se.hjulet.hub.platform.entity.NotFound;
import se.hjulet.search.extract.Extraction;

/**
 * Uploading, replacing, deleting and reading documents. Members of the item's owner write; whoever may
 * read the item reads its documents. Text is read later, off the request thread, via the search outbox.
 */
@Stateless
@Interceptors(FlushBeforeReturning.class)
public class Documents {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    DocumentReader reader;

    @Inject
    SearchOutbox outbox;

    @Inject
    @ConfigProperty(name = "hub.documents.max-bytes", defaultValue = "52428800")
    long maxBytes;

    /** The bytes still waiting to be read, with the hash they had when read. */
    public record PendingContent(String sha256, byte[] bytes) {
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Before an upload's body is read: the caller must be logged in and a member of the item's owner,
     * so that nobody else can make the hub receive and hold a file.
     */
    public void requireMayAddTo(long initiativeId) {
        requireMayEdit(readableInitiative(initiativeId));
    }

    /** Before a replacement's body is read, as {@link #requireMayAddTo}. */
    public void requireMayReplace(long documentId) {
        requireMayEdit(readable(documentId).initiative());
    }

    public Document upload(long initiativeId, String fileName, byte[] bytes) {
        Initiative initiative = readableInitiative(initiativeId);
        requireMayEdit(initiative);
        String name = FileName.safe(fileName);
        String mediaType = acceptable(bytes);
        String sha256 = Document.sha256(bytes);
        requireNoSameBytes(initiative, sha256, -1, name);
        Document document = new Document(initiative, name, mediaType, bytes, people.current());
        em.persist(document);
        em.flush(); // the id, for the content row
        em.persist(new DocumentContent(document, bytes));
        outbox.changed(document);
        return document;
    }

    /** Demo content and imports run by the system itself: attached without a caller. */
    public Document attachAsSystem(Initiative initiative, String fileName, byte[] bytes) {
        Document document = new Document(initiative, FileName.safe(fileName), acceptable(bytes), bytes, null);
        em.persist(document);
        em.flush();
        em.persist(new DocumentContent(document, bytes));
        outbox.changed(document);
        return document;
    }

    public Document replace(long documentId, String fileName, byte[] bytes) {
        Document document = readable(documentId);
        requireMayEdit(document.initiative());
        String name = fileName == null || fileName.isBlank() ? document.name() : FileName.safe(fileName);
        String mediaType = acceptable(bytes);
        requireNoSameBytes(document.initiative(), Document.sha256(bytes), documentId, name);
        document.replace(name, mediaType, bytes);
        content(document).replace(bytes);
        outbox.changed(document);
        return document;
    }

    public void delete(long documentId) {
        Document document = readable(documentId);
        requireMayEdit(document.initiative());
        em.remove(content(document));
        em.remove(document);
        outbox.removed(document);
    }

    /** A document of an item the caller may read; others are "not found". */
    public Document read(long documentId) {
        return readable(documentId);
    }

    public byte[] bytes(long documentId) {
        return content(readable(documentId)).bytes();
    }

    public List<Document> ofInitiative(long initiativeId) {
        return attachedTo(readableInitiative(initiativeId));
    }

    /** For views of an item the caller has already been allowed to read. */
    public List<Document> attachedTo(Initiative initiative) {
        return em.createNamedQuery(Document.OF_INITIATIVE, Document.class).setParameter("initiative", initiative).getResultList();
    }

    /** For the outbox worker: the bytes to read, if the document still exists and has not been read. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<PendingContent> pendingContent(long documentId) {
        return Optional.ofNullable(em.find(Document.class, documentId)).filter(Document::isPending)
                .map(document -> new PendingContent(document.sha256(), content(document).bytes()));
    }

    /** For the outbox worker: stores what was read, and has the item re-indexed with the new text. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void extracted(long documentId, String sha256, Extraction extraction) {
        Document document = em.find(Document.class, documentId);
        if (document != null && document.extracted(sha256, extraction)) {
            outbox.changed(document.initiative());
        }
    }

    private String acceptable(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInput("file", "The file is empty.");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidInput("file", "The file is " + megabytes(bytes.length) + " MB; at most "
                    + megabytes(maxBytes) + " MB can be uploaded.");
        }
        String mediaType = reader.detect(bytes);
        if (!reader.isSupported(mediaType)) {
            throw new InvalidInput("file", "Only PDF, Word (DOCX), OpenDocument text (ODT), PowerPoint (PPTX),"
                    + " Excel (XLSX), HTML and plain text files can be uploaded; this file's content is " + mediaType + ".");
        }
        return mediaType;
    }

    private void requireNoSameBytes(Initiative initiative, String sha256, long except, String name) {
        em.createNamedQuery(Document.SAME_BYTES, Document.class).setParameter("initiative", initiative)
                .setParameter("sha256", sha256).setParameter("except", except).getResultStream().findFirst()
                .ifPresent(same -> {
                    throw new Conflict("'" + initiative.title() + "' already has this file, as '" + same.name()
                            + "'; '" + name + "' has the very same content.");
                });
    }

    private Document readable(long documentId) {
        Document document = em.find(Document.class, documentId);
        if (document == null || !mayRead(document.initiative())) {
            throw new NotFound("There is no document with id " + documentId + ".");
        }
        return document;
    }

    private Initiative readableInitiative(long initiativeId) {
        Initiative initiative = em.find(Initiative.class, initiativeId);
        if (initiative == null || !mayRead(initiative)) {
            throw new NotFound("There is no initiative with id " + initiativeId + ".");
        }
        return initiative;
    }

    private boolean mayRead(Initiative initiative) {
        return initiative.isPublic() || people.mayActFor(initiative.owner());
    }

    private void requireMayEdit(Initiative initiative) {
        if (!people.mayActFor(initiative.owner())) {
            people.current(); // anonymous callers are told to log in rather than refused
            throw new AccessDenied("Only members of " + initiative.owner().name() + " may add, replace or remove"
                    + " documents of '" + initiative.title() + "'.");
        }
    }

    private DocumentContent content(Document document) {
        return Optional.ofNullable(em.find(DocumentContent.class, document.id()))
                .orElseThrow(() -> new IllegalStateException("Document " + document.id() + " has no stored content"));
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
