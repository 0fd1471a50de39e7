package org.workershome.library.reader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.workershome.core.error.NotFound;
import org.workershome.library.book.Book;
import org.workershome.library.book.BookManagement;
import org.workershome.library.file.BookFiles;
import org.workershome.library.file.BookFormat;
import org.workershome.library.file.ChapterSanitizer;
import org.workershome.library.file.Epub;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * What the reader shows of a book the caller found through the shelf: an EPUB chapter as safe HTML (its pictures
 * and stylesheets through {@link #resource}, which serves only entries the book's manifest lists, as pictures or
 * CSS), or a PDF page as a PNG. Opened books are kept for a while (a reader turns pages), by storage key.
 */
@Service
public class BookContent {

    /** A chapter ready to show: its index, the book's count, its HTML and the stylesheet URLs it asked for. */
    public record Chapter(int index, int count, String html, List<String> css) {
        public boolean hasPrevious() { return index > 0; }
        public boolean hasNext() { return index + 1 < count; }
    }

    /** A picture or stylesheet of the book. */
    public record Resource(byte[] content, String contentType) {}

    private final BookManagement books;
    private final Cache<String, Epub> epubs = Caffeine.newBuilder().maximumSize(8).expireAfterAccess(Duration.ofMinutes(10)).build();
    private final Cache<String, byte[]> pages = Caffeine.newBuilder().maximumWeight(32L * 1024 * 1024)
            .<String, byte[]>weigher((k, v) -> v.length).expireAfterAccess(Duration.ofMinutes(30)).build();

    BookContent(BookManagement books) {
        this.books = books;
    }

    public Chapter chapter(Book book, int index) {
        Epub epub = epub(book);
        List<Epub.Item> spine = epub.spine();
        if (index < 0 || index >= spine.size()) {
            throw NotFound.of("chapter", index).get();
        }
        Epub.Item item = spine.get(index);
        String xhtml = new String(epub.entry(item.path()).orElseThrow(), StandardCharsets.UTF_8);
        List<String> css = new ArrayList<>();
        String base = "/library/books/" + book.getId();
        String html = ChapterSanitizer.clean(xhtml, item.path(), new ChapterSanitizer.Links() {
            @Override
            public String resource(String path) {
                return epub.manifestItem(path).filter(i -> servable(i.mediaType()))
                        .map(i -> base + "/files/" + ChapterSanitizer.encodePath(path)).orElse(null);
            }

            @Override
            public String chapter(String path, String fragment) {
                for (int i = 0; i < spine.size(); i++) {
                    if (spine.get(i).path().equals(path)) {
                        return base + "/read?part=" + i + (fragment == null ? "" : "#" + fragment);
                    }
                }
                return null;
            }
        }, css);
        return new Chapter(index, spine.size(), html, css);
    }

    /** A picture or stylesheet the book's manifest lists at this entry path; 404 for anything else. */
    public Resource resource(Book book, String path) {
        Epub epub = epub(book);
        Optional<Epub.Item> item = org.workershome.library.file.EpubPaths.normalise(path).flatMap(epub::manifestItem)
                .filter(i -> servable(i.mediaType()));
        return item.flatMap(i -> epub.entry(i.path()).map(bytes -> new Resource(bytes, i.mediaType())))
                .orElseThrow(NotFound.of("file", path));
    }

    /** Page {@code index} (from 0) of a PDF as a PNG. */
    public byte[] page(Book book, int index) {
        if (book.getFormat() != BookFormat.PDF || index < 0 || index >= book.getParts()) {
            throw NotFound.of("page", index).get();
        }
        return pages.get(book.getStorageKey() + "#" + index, k -> BookFiles.renderPage(books.bytes(book), index, 110));
    }

    private Epub epub(Book book) {
        if (book.getFormat() != BookFormat.EPUB) {
            throw NotFound.of("chapter", book.getId()).get();
        }
        return epubs.get(book.getStorageKey(), k -> {
            try {
                return Epub.open(books.bytes(book));
            } catch (Epub.NotAnEpub e) {
                throw new IllegalStateException("a stored book is no longer an EPUB: " + book.getId(), e);
            }
        });
    }

    /** Only pictures and stylesheets leave the container: never its XHTML as a page of ours, nor scripts. */
    private static boolean servable(String mediaType) {
        return mediaType != null && (mediaType.equals("image/png") || mediaType.equals("image/jpeg")
                || mediaType.equals("image/gif") || mediaType.equals("image/webp") || mediaType.equals("text/css"));
    }
}
