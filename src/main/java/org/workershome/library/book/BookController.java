package org.workershome.library.book;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.files.DownloadResponse;
import org.workershome.core.form.Forms;
import org.workershome.library.LibraryModule;
import org.workershome.library.LibraryProperties;

/** The catalogue: search with facets, a book's page with its cover, download; librarians' upload and edit. */
@Controller
class BookController {

    private final BookSearch search;
    private final BookShelf shelf;
    private final BookManagement management;
    private final Access access;
    private final Forms forms;
    private final LibraryProperties properties;

    BookController(BookSearch search, BookShelf shelf, BookManagement management, Access access, Forms forms,
            LibraryProperties properties) {
        this.search = search;
        this.shelf = shelf;
        this.management = management;
        this.access = access;
        this.forms = forms;
        this.properties = properties;
    }

    @GetMapping("/library")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) BookCategory category, @RequestParam(required = false) String author,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("results", search.search(user, new BookSearch.Query(q, category, author, year, page),
                properties.pageSize()));
        model.addAttribute("categories", BookCategory.values());
        model.addAttribute("mayUpload", access.may(user, LibraryModule.MANAGE));
        return "library/list";
    }

    @GetMapping("/library/books/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Book book = shelf.get(user, id);
        model.addAttribute("book", book);
        model.addAttribute("mayManage", management.mayManage(user, book));
        return "library/detail";
    }

    /** Covers are the book's, not personal: a reader's browser may keep them a day (slow links). */
    @GetMapping("/library/books/{id}/cover")
    @org.springframework.web.bind.annotation.ResponseBody
    ResponseEntity<Resource> cover(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Book book = shelf.get(user, id);
        if (!book.hasCover()) {
            throw org.workershome.core.error.NotFound.of("cover", id).get();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(book.getCoverType()))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(management.cover(book)));
    }

    @GetMapping("/library/books/{id}/download")
    @org.springframework.web.bind.annotation.ResponseBody
    ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Book book = shelf.get(user, id);
        return DownloadResponse.of(book.getFileName(), book.getFormat().contentType(), book.getSizeBytes(),
                management.content(book));
    }

    @GetMapping("/library/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        access.require(user, LibraryModule.MANAGE);
        return showUpload(user, model);
    }

    @PostMapping("/library/books")
    String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) BookCategory category,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        access.require(user, LibraryModule.MANAGE);
        return forms.submit(model, () -> {
            Book book = management.upload(user, orgId == null ? user.orgId() : orgId, category, management.check(file));
            return "redirect:/library/books/" + book.getId() + "/edit?uploaded";
        }, () -> showUpload(user, model));
    }

    @GetMapping("/library/books/{id}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Book book = management.managed(user, id);
        return showEdit(book, BookDetails.from(book), model);
    }

    @PostMapping("/library/books/{id}")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") BookDetails form, BindingResult binding, Model model) {
        Book book = management.managed(user, id);
        return forms.submit(binding, model, () -> {
            management.describe(user, id, form);
            return "redirect:/library/books/" + id + "?saved";
        }, () -> showEdit(book, form, model));
    }

    private String showUpload(CurrentUser user, Model model) {
        List<org.workershome.core.org.OrgDirectory.OrgSummary> orgs = shelf.selfAndBelow(user.orgId()).stream()
                .filter(o -> access.may(user, LibraryModule.MANAGE, o.id())).toList();
        model.addAttribute("orgs", orgs);
        model.addAttribute("categories", BookCategory.values());
        model.addAttribute("maxMegabytes", properties.maxBookBytes() / (1024 * 1024));
        return "library/upload";
    }

    private String showEdit(Book book, BookDetails form, Model model) {
        model.addAttribute("book", book);
        model.addAttribute("form", form);
        model.addAttribute("categories", BookCategory.values());
        return "library/edit";
    }
}
