package org.workershome.library;

import java.time.Clock;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.account.Account;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Role;
import org.workershome.core.demo.DemoData;
import org.workershome.core.demo.DemoRecords;
import org.workershome.core.demo.DemoSignIn;
import org.workershome.core.org.Org;
import org.workershome.core.scope.DataScope;
import org.workershome.library.book.BookCategory;
import org.workershome.library.book.BookManagement;
import org.workershome.library.book.BookShelf;
import org.workershome.library.file.BookFiles;
import org.workershome.library.file.EpubWriter;
import org.workershome.library.file.PdfWriter;

/**
 * The demo library: a librarian at the national union ({@code librarian}, the demo password) and a few small
 * books written in code at seeding — four EPUBs (two for the whole union, one for 青海 only, one for 黑龙江 only)
 * and one PDF set in WQY MicroHei — uploaded through the same service a librarian uses.
 */
@Component
@Order(60)
class LibraryDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LibraryDemoData.class);
    static final String LIBRARIAN = "librarian";

    private final WorkersHomeProperties properties;
    private final LibraryProperties library;
    private final DemoRecords records;
    private final DemoSignIn demo;
    private final BookManagement books;
    private final BookShelf shelf;
    private final PasswordEncoder encoder;
    private final Clock clock;

    LibraryDemoData(WorkersHomeProperties properties, LibraryProperties library, DemoRecords records, DemoSignIn demo,
            BookManagement books, BookShelf shelf, PasswordEncoder encoder, Clock clock) {
        this.properties = properties;
        this.library = library;
        this.records = records;
        this.demo = demo;
        this.books = books;
        this.shelf = shelf;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled() || !records.orgTreeSeeded() || records.accountExists(LIBRARIAN)) {
            return;
        }
        Org national = records.orgNamed(DemoBooks.NATIONAL).orElse(null);
        if (national == null) {
            return;
        }
        records.saveAccount(new Account(LIBRARIAN, encoder.encode(DemoData.PASSWORD), "职工书屋管理员", national.getId(),
                null, DataScope.ORG_AND_SUBTREE, EnumSet.of(Role.LIBRARIAN), "librarian@demo.workershome.local",
                clock.instant()));
        demo.seeding(this::seed);
    }

    private void seed() {
        CurrentUser librarian = demo.as(LIBRARIAN);
        int count = 0;
        for (DemoBooks.DemoBook b : DemoBooks.epubs()) {
            byte[] epub = EpubWriter.write(b.description(), b.chapters(), DemoBooks.cover(b.colour()));
            count += add(librarian, b.orgName(), b.category(), b.description().title() + ".epub", epub);
        }
        if (PdfWriter.fontAvailable()) {
            byte[] pdf = PdfWriter.write("职工诗文选", "中国农林水利气象工会", 2026, DemoBooks.pdfPages());
            count += add(librarian, DemoBooks.NATIONAL, BookCategory.LITERATURE, "职工诗文选.pdf", pdf);
        }
        log.info("Demo library seeded: {} books, account {}", count, LIBRARIAN);
    }

    private int add(CurrentUser librarian, String orgName, BookCategory category, String fileName, byte[] content) {
        Org org = records.orgNamed(orgName).orElse(null);
        var file = BookFiles.read(fileName, content, library.maxBookBytes(), library.indexedTextChars());
        if (org == null || shelf.withHash(file.sha256()).isPresent()) {
            return 0;
        }
        books.upload(librarian, org.getId(), category, file);
        return 1;
    }
}
