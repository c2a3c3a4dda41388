package se.hjulet.hub.document.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import se.hjulet.hub.initiative.entity.Initiative;
import se.hjulet.hub.person.entity.Person;
import se.hjulet.search.extract.Extraction;

/**
 * An uploaded file attached to an initiative: its safe name, the media type detected from its bytes,
 * size, SHA-256, and what reading its text gave. The bytes live in {@link DocumentContent}.
 */
@Entity
@Table(name = "document")
@NamedQuery(name = Document.OF_INITIATIVE,
        query = "select d from Document d where d.initiative = :initiative order by d.id")
@NamedQuery(name = Document.SAME_BYTES,
        query = "select d from Document d where d.initiative = :initiative and d.sha256 = :sha256 and d.id <> :except")
@NamedQuery(name = Document.OF_PUBLIC_INITIATIVES,
        query = "select d from Document d where d.initiative.status = se.hjulet.hub.initiative.entity.InitiativeStatus.PUBLISHED order by d.id")
public class Document {

    public static final String KIND = "document";
    public static final String OF_INITIATIVE = "Document.ofInitiative";
    public static final String SAME_BYTES = "Document.sameBytes";
    public static final String OF_PUBLIC_INITIATIVES = "Document.ofPublicInitiatives";
    private static final int MAX_META = 1000;
    private static final int MAX_MESSAGE = 2000;

    @Id
    @SequenceGenerator(name = "hub_seq", sequenceName = "hub_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "initiative_id")
    private Initiative initiative;

    @Column(nullable = false)
    private String name;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentStatus status = DocumentStatus.PENDING;

    private String title;

    private String author;

    private String language;

    @Column(name = "page_count")
    private Integer pageCount;

    @Column(name = "extracted_text")
    private String text;

    @Column(name = "extraction_message")
    private String extractionMessage;

    @Column(name = "extracted_at")
    private Instant extractedAt;

    @ManyToOne
    @JoinColumn(name = "uploaded_by")
    private Person uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Document() {
    }

    /**
     * @param name      already made safe with {@link FileName#safe(String)}
     * @param mediaType detected from the bytes
     */
    public Document(Initiative initiative, String name, String mediaType, byte[] bytes, Person uploadedBy) {
        this.initiative = initiative;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
        take(name, mediaType, bytes);
    }

    /** New bytes (and name) for the same document: its text must be read again. */
    public void replace(String name, String mediaType, byte[] bytes) {
        take(name, mediaType, bytes);
    }

    private void take(String name, String mediaType, byte[] bytes) {
        this.name = name;
        this.mediaType = mediaType;
        this.size = bytes.length;
        this.sha256 = sha256(bytes);
        this.status = DocumentStatus.PENDING;
        this.title = null;
        this.author = null;
        this.language = null;
        this.pageCount = null;
        this.text = null;
        this.extractionMessage = null;
        this.extractedAt = null;
        this.updatedAt = Instant.now();
    }

    /**
     * Takes what reading the bytes with hash {@code readSha256} gave. Ignored when the bytes were
     * replaced meanwhile: the newer bytes have their own reading queued.
     *
     * @return whether the result was taken
     */
    public boolean extracted(String readSha256, Extraction extraction) {
        if (!sha256.equals(readSha256)) {
            return false;
        }
        status = DocumentStatus.valueOf(extraction.status().name());
        title = cut(extraction.title(), MAX_META);
        author = cut(extraction.author(), MAX_META);
        language = extraction.language();
        pageCount = extraction.pageCount();
        text = extraction.text();
        extractionMessage = cut(extraction.message(), MAX_MESSAGE);
        extractedAt = Instant.now();
        return true;
    }

    public boolean isPending() {
        return status == DocumentStatus.PENDING;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Initiative initiative() {
        return initiative;
    }

    public String name() {
        return name;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public DocumentStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String author() {
        return author;
    }

    public String language() {
        return language;
    }

    public Integer pageCount() {
        return pageCount;
    }

    /** The extracted plain text; empty until read or when nothing could be read. */
    public String text() {
        return text == null ? "" : text;
    }

    public String extractionMessage() {
        return extractionMessage;
    }

    public Instant extractedAt() {
        return extractedAt;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
