package org.workershome.library.reader;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Where an account is in a book: the part (EPUB chapter or PDF page, from 0) and how far into it (0–1). One row
 * per account and book, kept by the server, so any device the account signs in on continues there. Belongs to
 * the account, not to an org: it is only ever read by its own account.
 */
@Entity
@Table(name = "library_reading")
public class Reading {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    private Long bookId;
    private int part;
    private double progress;
    private Instant updatedAt;
    @Version
    private long version;

    protected Reading() {}

    Reading(Long accountId, Long bookId) {
        this.accountId = accountId;
        this.bookId = bookId;
    }

    /**
     * Moves to a place; a report older than the one stored (a device that was offline, sending late) does not
     * move the position back past a newer one from another device.
     */
    boolean moveTo(int part, double progress, Instant at) {
        if (updatedAt != null && at.isBefore(updatedAt)) {
            return false;
        }
        this.part = part;
        this.progress = Math.max(0, Math.min(1, progress));
        this.updatedAt = at;
        return true;
    }

    public Long getId() { return id; }
    public Long getAccountId() { return accountId; }
    public Long getBookId() { return bookId; }
    public int getPart() { return part; }
    public double getProgress() { return progress; }
    public Instant getUpdatedAt() { return updatedAt; }
}
