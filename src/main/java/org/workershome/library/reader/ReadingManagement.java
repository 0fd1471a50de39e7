package org.workershome.library.reader;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.library.book.Book;
import org.workershome.library.book.BookShelf;

/**
 * Reading positions and bookmarks, per account: every read and write names the signed-in account, and the book
 * must be one the account may read ({@link BookShelf}, else 404).
 */
@Service
public class ReadingManagement {

    static final int MAX_BOOKMARKS = 200;

    private final Readings readings;
    private final Bookmarks bookmarks;
    private final BookShelf shelf;
    private final Clock clock;

    ReadingManagement(Readings readings, Bookmarks bookmarks, BookShelf shelf, Clock clock) {
        this.readings = readings;
        this.bookmarks = bookmarks;
        this.shelf = shelf;
        this.clock = clock;
    }

    /** Where the account is in the book: part 0 at the start if it never opened it. */
    @Transactional(readOnly = true)
    public Position positionOf(CurrentUser user, Book book) {
        return readings.findByAccountIdAndBookId(user.accountId(), book.getId())
                .map(r -> new Position(r.getPart(), r.getProgress(), r.getUpdatedAt()))
                .orElse(new Position(0, 0, null));
    }

    /**
     * Records the account's place; {@code at} is when the device was there (a position queued offline arrives
     * later), never in the future; an older report than the stored one is ignored.
     */
    @Transactional
    public Position move(CurrentUser user, long bookId, int part, double progress, Instant at) {
        Book book = shelf.get(user, bookId);
        check(book, part, progress);
        Instant now = clock.instant();
        Instant when = at == null || at.isAfter(now) ? now : at;
        Reading reading = readings.findByAccountIdAndBookId(user.accountId(), book.getId())
                .orElseGet(() -> new Reading(user.accountId(), book.getId()));
        reading.moveTo(part, progress, when);
        Reading saved = readings.save(reading);
        return new Position(saved.getPart(), saved.getProgress(), saved.getUpdatedAt());
    }

    @Transactional(readOnly = true)
    public List<Bookmark> bookmarks(CurrentUser user, Book book) {
        return bookmarks.findByAccountIdAndBookIdOrderByPartAscProgressAsc(user.accountId(), book.getId());
    }

    @Transactional
    public Bookmark mark(CurrentUser user, long bookId, int part, double progress, String note) {
        Book book = shelf.get(user, bookId);
        check(book, part, progress);
        if (bookmarks.countByAccountIdAndBookId(user.accountId(), book.getId()) >= MAX_BOOKMARKS) {
            throw InvalidInput.field("note", "library.bookmark.tooMany");
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > 200) {
            throw InvalidInput.field("note", "library.bookmark.noteTooLong");
        }
        return bookmarks.save(new Bookmark(user.accountId(), book.getId(), part, progress, n, clock.instant()));
    }

    @Transactional
    public void unmark(CurrentUser user, long bookmarkId) {
        bookmarks.delete(bookmarks.findByIdAndAccountId(bookmarkId, user.accountId())
                .orElseThrow(NotFound.of("bookmark", bookmarkId)));
    }

    private static void check(Book book, int part, double progress) {
        if (part < 0 || part >= book.getParts() || Double.isNaN(progress) || progress < 0 || progress > 1) {
            throw InvalidInput.field("part", "library.position.invalid");
        }
    }

    /** A place in a book; {@code at} null if the account never opened it. */
    public record Position(int part, double progress, Instant at) {
        public int percent() {
            return (int) Math.round(progress * 100);
        }
    }
}
