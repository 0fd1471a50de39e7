package org.workershome.library.book;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.files.FileStore;
import org.workershome.core.files.UploadCheck;
import org.workershome.library.LibraryModule;
import org.workershome.library.LibraryProperties;
import org.workershome.library.file.BookFile;
import org.workershome.library.file.BookFiles;

/**
 * What librarians do with books: upload (checked by content, size-limited, one copy of a file in the whole
 * library), edit the metadata, remove. Book files and covers are stored in core's {@link FileStore} — the data
 * directory, one UUID file each — and not as core attachments: an attachment's type is one of core's picture/PDF
 * kinds and it is always served as a no-store download, while a book is an EPUB, is read chapter by chapter and
 * may be kept by a reader for offline use. Storing inside the transaction means a rollback removes the file too.
 */
@Service
public class BookManagement {

    private final Books books;
    private final BookShelf shelf;
    private final FileStore files;
    private final Access access;
    private final LibraryProperties properties;
    private final Clock clock;

    BookManagement(Books books, BookShelf shelf, FileStore files, Access access, LibraryProperties properties, Clock clock) {
        this.books = books;
        this.shelf = shelf;
        this.files = files;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    /** Reads and checks an uploaded file; {@link InvalidInput} on {@code file} if it is not a book we take. */
    public BookFile check(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw InvalidInput.field(UploadCheck.FIELD, "upload.error.noFile");
        }
        if (file.getSize() > properties.maxBookBytes()) {
            throw InvalidInput.field(UploadCheck.FIELD, "library.upload.error.tooLarge");
        }
        try {
            return BookFiles.read(file.getOriginalFilename(), file.getBytes(), properties.maxBookBytes(),
                    properties.indexedTextChars());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a checked book file to the catalogue of an org in the librarian's scope. */
    @Transactional
    public Book upload(CurrentUser user, long orgId, BookCategory category, BookFile file) {
        access.require(user, LibraryModule.MANAGE, orgId);
        shelf.withHash(file.sha256()).ifPresent(existing -> {
            throw new Conflict("library.upload.duplicate", existing.getTitle());
        });
        String key = files.save(file.content());
        String cover = file.cover() == null ? null : files.save(file.cover().content());
        return books.save(new Book(orgId, file, category == null ? BookCategory.LITERATURE : category, key, cover,
                user.accountId(), clock.instant()));
    }

    /** Edits the metadata of a book in the librarian's scope. */
    @Transactional
    public Book describe(CurrentUser user, long id, BookDetails details) {
        Book book = managed(user, id);
        book.describe(details.trimmed(), clock.instant());
        return book;
    }

    /** A book the librarian manages (in their scope, through the scoped repository), or 404. */
    @Transactional(readOnly = true)
    public Book managed(CurrentUser user, long id) {
        Book book = books.findById(id).orElseThrow(NotFound.of("book", id));
        access.require(user, LibraryModule.MANAGE, book.getOrgId());
        return book;
    }

    /** Whether the user may edit this book. */
    public boolean mayManage(CurrentUser user, Book book) {
        return access.may(user, LibraryModule.MANAGE, book.getOrgId());
    }

    /** The stored bytes of a book the caller found through the shelf. */
    public InputStream content(Book book) {
        return files.open(book.getStorageKey());
    }

    public byte[] bytes(Book book) {
        try (InputStream in = content(book)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InputStream cover(Book book) {
        if (!book.hasCover()) {
            throw NotFound.of("cover", book.getId()).get();
        }
        return files.open(book.getCoverKey());
    }
}
