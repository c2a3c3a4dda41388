package se.hjulet.hub.document.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The stored bytes of a document, apart from its metadata so that lists never load them. The array is
 * taken and given out as it is, never copied: a file of 50 MB is held in memory once (the callers, the
 * upload and the reader, never change it).
 */
@Entity
@Table(name = "document_content")
public class DocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    // A plain byte[] (no @Lob): bound as bytes, which both PostgreSQL's bytea and H2's VARBINARY take.
    @Column(nullable = false)
    private byte[] bytes;

    protected DocumentContent() {
    }

    public DocumentContent(Document document, byte[] bytes) {
        this.documentId = document.id();
        this.bytes = bytes;
    }

    public void replace(byte[] bytes) {
        this.bytes = bytes;
    }

    public long documentId() {
        return documentId;
    }

    public byte[] bytes() {
        return bytes;
    }
}
