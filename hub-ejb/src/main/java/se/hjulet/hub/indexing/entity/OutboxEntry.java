package se.hjulet.hub.indexing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * "The search index must look at this item again", written in the same transaction as the change.
 * The index is rebuilt from the database, so an entry only says which item; never what it contains.
 */
@Entity
@Table(name = "search_outbox")
// An uploaded document is indexed once its text has been read; reading is the reader's lane, so a
// pile of uploads never holds up what people publish meanwhile.
@NamedQuery(name = OutboxEntry.DUE,
        query = "select e from OutboxEntry e where e.nextAttemptAt <= :now"
                + " and (e.claimedUntil is null or e.claimedUntil < :now)"
                + " and not exists (select d.id from Document d where e.itemKind = 'document' and d.id = e.itemId"
                + " and d.status = se.hjulet.hub.document.entity.DocumentStatus.PENDING) order by e.id")
@NamedQuery(name = OutboxEntry.CLAIM,
        query = "update OutboxEntry e set e.claimedBy = :worker, e.claimedUntil = :until"
                + " where e.id = :id and (e.claimedUntil is null or e.claimedUntil < :now)")
@NamedQuery(name = OutboxEntry.PENDING, query = "select count(e) from OutboxEntry e")
@NamedQuery(name = OutboxEntry.OLDEST_DUE,
        query = "select e from OutboxEntry e where e.nextAttemptAt <= :now order by e.createdAt, e.id")
public class OutboxEntry {

    public static final String DUE = "OutboxEntry.due";
    public static final String CLAIM = "OutboxEntry.claim";
    public static final String PENDING = "OutboxEntry.pending";
    public static final String OLDEST_DUE = "OutboxEntry.oldestDue";
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    @Id
    @SequenceGenerator(name = "hub_seq", sequenceName = "hub_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_seq")
    private Long id;

    @Column(name = "item_kind", nullable = false)
    private String itemKind;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error")
    private String lastError;

    protected OutboxEntry() {
    }

    public OutboxEntry(String itemKind, long itemId) {
        this.itemKind = itemKind;
        this.itemId = itemId;
        this.createdAt = Instant.now();
        this.nextAttemptAt = createdAt;
    }

    /** Try again later, waiting longer after each failure (1 s, 2 s, 4 s … at most 5 min). */
    public void failed(String error, Instant now) {
        attempts++;
        long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plusSeconds(seconds);
        claimedBy = null;
        claimedUntil = null;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
    }

    public void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    /** This entry's first failure: the one worth a log line (later ones repeat it with a longer wait). */
    public boolean failedForTheFirstTime() {
        return attempts == 1;
    }

    /** Claimed by a worker that let its claim run out without finishing: it died or hung. */
    public boolean wasAbandonedBy(Instant now) {
        return claimedBy != null && claimedUntil != null && claimedUntil.isBefore(now);
    }

    public String claimedBy() {
        return claimedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** "project 123": what the entry is about, for log lines and health messages. */
    public String describe() {
        return itemKind + " " + itemId;
    }

    public Long id() {
        return id;
    }

    public String itemKind() {
        return itemKind;
    }

    public long itemId() {
        return itemId;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }
}
