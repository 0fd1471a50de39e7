package org.workershome.library.reader;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.module.MeSection;
import org.workershome.library.book.Book;
import org.workershome.library.book.BookShelf;

/** "Continue reading" on the home page: the books the account read last, on whichever device, where it stopped. */
@Component
class MyReadingSection implements MeSection {

    /** A book the account is reading and its place. */
    record Current(Book book, int part, int percent) {}

    private final Readings readings;
    private final BookShelf shelf;

    MyReadingSection(Readings readings, BookShelf shelf) {
        this.readings = readings;
        this.shelf = shelf;
    }

    @Override
    public String fragment() {
        return "library/me :: reading";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> model(CurrentUser user) {
        List<Reading> recent = readings.findTop10ByAccountIdOrderByUpdatedAtDesc(user.accountId());
        Map<Long, Book> books = shelf.byIds(user, recent.stream().map(Reading::getBookId).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(Book::getId, b -> b));
        List<Current> current = recent.stream().map(r -> books.get(r.getBookId()) == null ? null
                : new Current(books.get(r.getBookId()), r.getPart(), (int) Math.round(r.getProgress() * 100)))
                .filter(Objects::nonNull).limit(5).toList();
        return Map.of("reading", current);
    }

    @Override
    public int order() {
        return 60;
    }
}
