package org.workershome.library.opds;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.NotFound;
import org.workershome.core.files.DownloadResponse;
import org.workershome.library.LibraryProperties;
import org.workershome.library.book.Book;
import org.workershome.library.book.BookCategory;
import org.workershome.library.book.BookManagement;
import org.workershome.library.book.BookSearch;
import org.workershome.library.book.BookShelf;

/**
 * The OPDS 1.2 catalogue: a navigation feed at {@code /opds} (new arrivals, one entry per category), acquisition
 * feeds with paging links, an OpenSearch description and its search feed, and the downloads and covers the
 * entries link to. Every feed holds only the books the account may read (the same {@link BookShelf} rule).
 */
@RestController
class OpdsController {

    private final BookShelf shelf;
    private final BookSearch search;
    private final BookManagement management;
    private final MessageSource messages;
    private final LibraryProperties properties;
    private final Clock clock;

    OpdsController(BookShelf shelf, BookSearch search, BookManagement management, MessageSource messages,
            LibraryProperties properties, Clock clock) {
        this.shelf = shelf;
        this.search = search;
        this.management = management;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(value = {"/opds", "/opds/"}, produces = OpdsFeed.NAVIGATION)
    String root(Locale locale) {
        Instant now = clock.instant();
        OpdsFeed feed = new OpdsFeed("urn:workershome:library", text("library.opds.title", locale), now, "/opds",
                OpdsFeed.NAVIGATION);
        feed.navigation("urn:workershome:library:new", text("library.opds.new", locale),
                text("library.opds.newSummary", locale), "/opds/new", OpdsFeed.ACQUISITION, now);
        for (BookCategory c : BookCategory.values()) {
            String name = text(c.messageKey(), locale);
            feed.navigation("urn:workershome:library:category:" + c.name(), name,
                    text("library.opds.category", locale, name), "/opds/categories/" + c.name(), OpdsFeed.ACQUISITION, now);
        }
        return feed.finish();
    }

    @GetMapping(value = "/opds/new", produces = OpdsFeed.ACQUISITION)
    String newest(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Locale locale) {
        int size = properties.pageSize();
        List<Book> books = shelf.newest(user, page, size + 1);
        return acquisition("urn:workershome:library:new", text("library.opds.new", locale), "/opds/new?",
                page, books.size() > size, books.subList(0, Math.min(size, books.size())), locale);
    }

    @GetMapping(value = "/opds/categories/{category}", produces = OpdsFeed.ACQUISITION)
    String category(@AuthenticationPrincipal CurrentUser user, @PathVariable BookCategory category,
            @RequestParam(defaultValue = "0") int page, Locale locale) {
        BookSearch.Results results = search.search(user, new BookSearch.Query(null, category, null, null, page),
                properties.pageSize());
        return acquisition("urn:workershome:library:category:" + category.name(), text(category.messageKey(), locale),
                "/opds/categories/" + category.name() + "?", page, results.hasNext(), results.books(), locale);
    }

    @GetMapping(value = "/opds/search", produces = OpdsFeed.ACQUISITION)
    String search(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page, Locale locale) {
        BookSearch.Results results = search.search(user, new BookSearch.Query(q, null, null, null, page),
                properties.pageSize());
        return acquisition("urn:workershome:library:search", q, "/opds/search?q="
                + UriUtils.encodeQueryParam(q, java.nio.charset.StandardCharsets.UTF_8) + "&", page, results.hasNext(),
                results.books(), locale);
    }

    @GetMapping(value = "/opds/search.xml", produces = OpdsFeed.OPENSEARCH)
    String openSearch(Locale locale) {
        String title = text("library.opds.search", locale);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
                  <ShortName>%s</ShortName>
                  <Description>%s</Description>
                  <InputEncoding>UTF-8</InputEncoding>
                  <OutputEncoding>UTF-8</OutputEncoding>
                  <Url type="%s" template="/opds/search?q={searchTerms}"/>
                </OpenSearchDescription>
                """.formatted(escape(text("library.opds.title", locale)), escape(title), OpdsFeed.ACQUISITION);
    }

    @GetMapping("/opds/books/{id}/file")
    ResponseEntity<Resource> file(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Book book = shelf.get(user, id);
        return DownloadResponse.of(book.getFileName(), book.getFormat().contentType(), book.getSizeBytes(),
                management.content(book));
    }

    @GetMapping("/opds/books/{id}/cover")
    ResponseEntity<Resource> cover(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Book book = shelf.get(user, id);
        if (!book.hasCover()) {
            throw NotFound.of("cover", id).get();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(book.getCoverType()))
                .header("X-Content-Type-Options", "nosniff").body(new InputStreamResource(management.cover(book)));
    }

    private String acquisition(String id, String title, String base, int page, boolean hasNext, List<Book> books,
            Locale locale) {
        OpdsFeed feed = new OpdsFeed(id, title, clock.instant(), base + "page=" + page, OpdsFeed.ACQUISITION);
        feed.link("up", "/opds", OpdsFeed.NAVIGATION, null);
        if (page > 0) {
            feed.link("previous", base + "page=" + (page - 1), OpdsFeed.ACQUISITION, null);
        }
        if (hasNext) {
            feed.link("next", base + "page=" + (page + 1), OpdsFeed.ACQUISITION, null);
        }
        books.forEach(b -> feed.book(b, text(b.getCategory().messageKey(), locale)));
        return feed.finish();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
