package org.workershome.library.reader;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A place in a book an account marked, with an optional note; the account's own, on every device. */
@Entity
@Table(name = "library_bookmark")
public class Bookmark {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    private Long bookId;
    private int part;
    private double progress;
    private String note;
    private Instant createdAt;

    protected Bookmark() {}

    Bookmark(Long accountId, Long bookId, int part, double progress, String note, Instant now) {
        this.accountId = accountId;
        this.bookId = bookId;
        this.part = part;
        this.progress = Math.max(0, Math.min(1, progress));
        this.note = note;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public Long getBookId() { return bookId; }
    public int getPart() { return part; }
    public double getProgress() { return progress; }
    public String getNote() { return note; }
    public Instant getCreatedAt() { return createdAt; }
}
