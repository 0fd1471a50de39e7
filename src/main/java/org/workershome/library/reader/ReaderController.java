package org.workershome.library.reader;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.HandlerMapping;
import org.workershome.core.account.CurrentUser;
import org.workershome.library.book.Book;
import org.workershome.library.book.BookShelf;
import org.workershome.library.file.BookFormat;

/**
 * The reader: an EPUB chapter by chapter, a PDF page by page, opened where the account left off on any device.
 * Opening a part records it as the position (so reading works without JavaScript); the page's script reports
 * how far into the chapter the reader scrolled, and queues that while offline. "Keep for offline" has the
 * service worker fetch every chapter page; those fetches ({@code Sec-Fetch-Mode} other than {@code navigate})
 * do not move the position.
 */
@Controller
class ReaderController {

    private final BookShelf shelf;
    private final BookContent content;
    private final ReadingManagement readings;

    ReaderController(BookShelf shelf, BookContent content, ReadingManagement readings) {
        this.shelf = shelf;
        this.content = content;
        this.readings = readings;
    }

    @GetMapping("/library/books/{id}/read")
    String read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Integer part,
            @RequestHeader(name = "Sec-Fetch-Mode", required = false) String fetchMode, Model model) {
        Book book = shelf.get(user, id);
        if (part != null && (part < 0 || part >= book.getParts())) {
            throw org.workershome.core.error.NotFound.of("part", part).get();
        }
        ReadingManagement.Position saved = readings.positionOf(user, book);
        ReadingManagement.Position position = saved;
        // the service worker fetching the chapters to keep a book offline is not the reader opening them
        boolean opened = fetchMode == null || fetchMode.equals("navigate");
        if (part != null && part != saved.part()) {
            position = opened ? move(user, id, part, 0, null) : new ReadingManagement.Position(part, 0, null);
        }
        model.addAttribute("book", book);
        model.addAttribute("position", position);
        model.addAttribute("bookmarks", readings.bookmarks(user, book));
        if (book.getFormat() == BookFormat.EPUB) {
            model.addAttribute("chapter", content.chapter(book, position.part()));
        }
        return "library/read";
    }

    /** A picture or stylesheet of an EPUB, by its path in the container; only what the manifest lists. */
    @GetMapping("/library/books/{id}/files/**")
    @ResponseBody
    ResponseEntity<byte[]> file(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpServletRequest request) {
        Book book = shelf.get(user, id);
        String prefix = "/library/books/" + id + "/files/";
        String path = ((String) request.getAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE));
        String entry = path.startsWith(prefix) ? path.substring(prefix.length()) : "";
        BookContent.Resource resource = content.resource(book, java.net.URLDecoder.decode(entry.replace("+", "%2B"),
                java.nio.charset.StandardCharsets.UTF_8));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(resource.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(resource.content());
    }

    @GetMapping(value = "/library/books/{id}/pages/{page}.png", produces = MediaType.IMAGE_PNG_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> page(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int page) {
        Book book = shelf.get(user, id);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                .body(content.page(book, page));
    }

    /** The page's script reports the place ({@code at}: when, for a position queued offline); the new position. */
    @PostMapping("/library/books/{id}/position")
    @ResponseBody
    ResponseEntity<ReadingManagement.Position> position(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam int part, @RequestParam double progress, @RequestParam(required = false) Long at) {
        return ResponseEntity.ok(move(user, id, part, progress, at == null ? null : Instant.ofEpochMilli(at)));
    }

    /**
     * The first place in a book can be reported twice at once (the chapter's page and the page's script): both
     * insert the account's row, the unique key refuses the second, and the second, tried again, updates it.
     */
    private ReadingManagement.Position move(CurrentUser user, long id, int part, double progress, Instant at) {
        try {
            return readings.move(user, id, part, progress, at);
        } catch (org.springframework.dao.DataIntegrityViolationException twice) {
            return readings.move(user, id, part, progress, at);
        }
    }

    @GetMapping("/library/books/{id}/position")
    @ResponseBody
    ReadingManagement.Position currentPosition(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return readings.positionOf(user, shelf.get(user, id));
    }

    @PostMapping("/library/books/{id}/bookmarks")
    String mark(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam int part,
            @RequestParam(defaultValue = "0") double progress, @RequestParam(required = false) String note) {
        readings.mark(user, id, part, progress, note);
        return "redirect:/library/books/" + id + "/read?part=" + part + "#bookmarks";
    }

    @PostMapping("/library/books/{id}/bookmarks/{bookmark}/delete")
    String unmark(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long bookmark) {
        readings.unmark(user, bookmark);
        return "redirect:/library/books/" + id + "/read#bookmarks";
    }
}
