package org.workershome.portal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.time.Times;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.workflow.Timeline;

/** The newsroom (编辑部): queues, the article form, workflow steps, revisions, legacy import and site blocks. */
@Controller
@RequestMapping("/editor")
class EditorController {

    static final String IMPORT_SESSION = "portal.import";
    static final int MAX_PICTURES = 10;

    /** The article form; booleans boxed because an unticked box sends nothing. */
    record ArticleForm(String title, String subtitle, String leadBox, String author, String source, String editorName,
            String body, Long channelId, List<Long> topicIds, Boolean headline, Long leadImageId, Long version,
            String requestToken) {

        /** A new article's form; its {@code requestToken} makes a second click or a resend create one article. */
        static ArticleForm blank() {
            return new ArticleForm(null, null, null, null, null, null, null, null, List.of(), false, null, null,
                    UUID.randomUUID().toString());
        }

        static ArticleForm from(Article a) {
            return new ArticleForm(a.getTitle(), a.getSubtitle(), a.getLeadBox(), a.getAuthor(), a.getSource(),
                    a.getEditorName(), a.getBody(), a.getChannelId(), a.getTopics().stream().map(Topic::getId).toList(),
                    a.isHeadline(), a.getLeadImageId(), a.getVersion(), null);
        }

        ArticleManagement.ArticleDraft draft(Long imageId) {
            return new ArticleManagement.ArticleDraft(title, subtitle, leadBox, author, source, editorName, body, channelId,
                    topicIds == null ? List.of() : topicIds, Boolean.TRUE.equals(headline), imageId != null ? imageId : leadImageId);
        }
    }

    private final ArticleManagement management;
    private final ImageManagement images;
    private final Articles articles;
    private final Channels channels;
    private final Topics topics;
    private final Timeline timeline;
    private final java.time.Clock clock;
    private final IdempotentSubmissions submissions;
    private final Access access;

    EditorController(ArticleManagement management, ImageManagement images, Articles articles, Channels channels,
            Topics topics, Timeline timeline, java.time.Clock clock, IdempotentSubmissions submissions, Access access) {
        this.submissions = submissions;
        this.access = access;
        this.clock = clock;
        this.management = management;
        this.images = images;
        this.articles = articles;
        this.channels = channels;
        this.topics = topics;
        this.timeline = timeline;
    }

    /** Runs before every handler here: the whole newsroom needs the write permission. */
    @ModelAttribute
    void newsroomOnly(@AuthenticationPrincipal CurrentUser user) {
        access.require(user, PortalModule.WRITE);
    }

    @GetMapping
    String queues(@AuthenticationPrincipal CurrentUser user, Model model) {
        PageRequest top = PageRequest.of(0, 30);
        model.addAttribute("submitted", articles.findByStatusOrderByUpdatedAtDesc(ArticleStatus.SUBMITTED, top));
        model.addAttribute("mine", articles.findByCreatedByOrderByUpdatedAtDesc(user.accountId(), top));
        model.addAttribute("published", articles.findByStatusOrderByUpdatedAtDesc(ArticleStatus.PUBLISHED, PageRequest.of(0, 15)));
        model.addAttribute("withdrawn", articles.findByStatusOrderByUpdatedAtDesc(ArticleStatus.WITHDRAWN, PageRequest.of(0, 15)));
        return "portal/editor/queues";
    }

    @GetMapping("/articles/new")
    String newForm(Model model) {
        return form(model, ArticleForm.blank(), null);
    }

    @PostMapping("/articles")
    String create(@AuthenticationPrincipal CurrentUser user, ArticleForm form,
            @RequestParam(value = "image", required = false) MultipartFile image,
            @RequestParam(value = "pictures", required = false) List<MultipartFile> pictures, Model model) {
        try {
            // the pictures too, so that a replayed request stores none again
            Long id = submissions.submit(form.requestToken(), "portal.article.create", () -> {
                Long lead = upload(user, image);
                List<Long> uploaded = uploadAll(user, pictures);
                Article article = management.create(user, form.draft(lead));
                images.attach(withLead(uploaded, lead), article.getId());
                return article.getId();
            }, articleId -> articleId, stored -> Optional.of(Long.valueOf(stored))).value();
            return "redirect:/editor/articles/" + id + "?saved";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.fieldErrors());
            return form(model, form, null);
        }
    }

    @GetMapping("/articles/{id:\\d+}")
    String edit(@PathVariable Long id, Model model) {
        Article article = management.findWithTopics(id);
        return form(model, ArticleForm.from(article), article);
    }

    @PostMapping("/articles/{id:\\d+}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, ArticleForm form,
            @RequestParam(value = "image", required = false) MultipartFile image,
            @RequestParam(value = "pictures", required = false) List<MultipartFile> pictures, Model model) {
        try {
            Long lead = upload(user, image);
            List<Long> uploaded = uploadAll(user, pictures);
            management.update(user, id, form.draft(lead), form.version() == null ? -1 : form.version());
            images.attach(withLead(uploaded, lead), id);
            return "redirect:/editor/articles/" + id + "?saved";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.fieldErrors());
            return form(model, form, management.find(id));
        }
    }

    @PostMapping("/articles/{id:\\d+}/submit")
    String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        management.submit(user, id);
        return "redirect:/editor/articles/" + id + "?done=SUBMIT";
    }

    @PostMapping("/articles/{id:\\d+}/return")
    String returnToEditor(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String note) {
        management.returnToEditor(user, id, note);
        return "redirect:/editor/articles/" + id + "?done=RETURN";
    }

    @PostMapping("/articles/{id:\\d+}/publish")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String publishAt) {
        management.publish(user, id, parseTime(publishAt));
        return "redirect:/editor/articles/" + id + "?done=PUBLISH";
    }

    @PostMapping("/articles/{id:\\d+}/withdraw")
    String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String note) {
        management.withdraw(user, id, note);
        return "redirect:/editor/articles/" + id + "?done=WITHDRAW";
    }

    @GetMapping("/import")
    String importForm(Model model, HttpSession session) {
        session.removeAttribute(IMPORT_SESSION);
        model.addAttribute("channels", channels.findAllByOrderByPositionAsc());
        model.addAttribute("topics", topics.findAllByOrderByPositionAsc());
        return "portal/editor/import";
    }

    @PostMapping("/import")
    String preview(@RequestParam("files") List<MultipartFile> files, Model model, HttpSession session) throws java.io.IOException {
        List<LegacyArticle> parsed = new ArrayList<>();
        for (MultipartFile file : files) {
            if (!file.isEmpty()) {
                parsed.add(file.getSize() > 2_000_000
                        ? new LegacyArticle(file.getOriginalFilename(), null, null, null, null, null, null, null, null,
                                List.of("portal.import.error.size"))
                        : LegacyArticle.parse(file.getOriginalFilename(), file.getBytes()));
            }
        }
        session.setAttribute(IMPORT_SESSION, new ArrayList<>(parsed));
        model.addAttribute("parsed", parsed);
        model.addAttribute("channels", channels.findAllByOrderByPositionAsc());
        model.addAttribute("topics", topics.findAllByOrderByPositionAsc());
        return "portal/editor/import";
    }

    @PostMapping("/import/confirm")
    String confirm(@AuthenticationPrincipal CurrentUser user, @RequestParam Long channelId,
            @RequestParam(required = false) Long topicId, HttpSession session) {
        @SuppressWarnings("unchecked")
        List<LegacyArticle> parsed = (List<LegacyArticle>) session.getAttribute(IMPORT_SESSION);
        session.removeAttribute(IMPORT_SESSION);
        int imported = 0;
        for (LegacyArticle legacy : parsed == null ? List.<LegacyArticle>of() : parsed) {
            if (!legacy.ok()) {
                continue;
            }
            ArticleManagement.ArticleDraft draft = new ArticleManagement.ArticleDraft(legacy.title(), null, legacy.leadBox(),
                    legacy.author(), legacy.source(), legacy.editorName(), legacy.body(), channelId,
                    topicId == null ? List.of() : List.of(topicId), false, null);
            if (access.may(user, PortalModule.PUBLISH)) {
                management.importPublished(user, draft, legacy.publishedAt().atZone(Times.ZONE).toInstant());
            } else {
                management.create(user, draft);
            }
            imported++;
        }
        return "redirect:/editor?imported=" + imported;
    }

    private Long upload(CurrentUser user, MultipartFile image) {
        return image == null || image.isEmpty() ? null : images.upload(user, image).getId();
    }

    /** The body's pictures (正文插图): each checked like the lead picture; at most {@value #MAX_PICTURES} a save. */
    private List<Long> uploadAll(CurrentUser user, List<MultipartFile> pictures) {
        List<MultipartFile> chosen = pictures == null ? List.of() : pictures.stream().filter(p -> !p.isEmpty()).toList();
        if (chosen.size() > MAX_PICTURES) {
            throw InvalidInput.field("pictures", "portal.error.pictures");
        }
        List<Long> ids = new ArrayList<>();
        for (MultipartFile picture : chosen) {
            ids.add(images.upload(user, picture).getId());
        }
        return ids;
    }

    private static List<Long> withLead(List<Long> uploaded, Long lead) {
        List<Long> all = new ArrayList<>(uploaded);
        if (lead != null) {
            all.add(lead);
        }
        return all;
    }

    private String form(Model model, ArticleForm form, Article article) {
        model.addAttribute("form", form);
        model.addAttribute("article", article);
        model.addAttribute("channels", channels.findAllByOrderByPositionAsc());
        model.addAttribute("topics", topics.findAllByOrderByPositionAsc());
        if (article != null) {
            model.addAttribute("scheduled", article.isScheduledAt(clock.instant()));
            model.addAttribute("visible", article.isVisibleAt(clock.instant()));
            model.addAttribute("revisions", management.revisionsOf(article.getId()));
            model.addAttribute("pictures", images.ofArticle(article.getId()));
            model.addAttribute("timeline", timeline.of(ArticleManagement.TARGET, article.getId()));
            model.addAttribute("actions", Article.MACHINE.actionsFrom(article.getStatus()).stream()
                    .filter(a -> a != ArticleAction.EDIT).toList());
        }
        return "portal/editor/form";
    }

    private static Instant parseTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).atZone(Times.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInput.field("publishAt", "portal.error.time");
        }
    }
}
