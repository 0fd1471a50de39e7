package org.workershome.portal;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.idempotency.IdempotentSubmissions;

/** The newsroom over JSON: write, edit, submit, return, publish (now or at a time), withdraw; read with revisions. */
@RestController
@RequestMapping("/api/v1/portal/articles")
class ArticleApi {

    record ArticleView(Long id, String title, String subtitle, String leadBox, String author, String source,
            String editorName, String body, Long channelId, List<Long> topicIds, String status, Instant publishedAt,
            boolean headline, long version, List<RevisionView> revisions) {
    }

    record RevisionView(int no, String by, Instant at, String note) {
    }

    record Step(String note, Instant publishAt, Long version) {
    }

    private final ArticleManagement management;
    private final IdempotentSubmissions submissions;
    private final Access access;

    ArticleApi(ArticleManagement management, IdempotentSubmissions submissions, Access access) {
        this.management = management;
        this.submissions = submissions;
        this.access = access;
    }

    /** Runs before every endpoint here, reads included: the API is the newsroom's. */
    @ModelAttribute
    void newsroomOnly(@AuthenticationPrincipal CurrentUser user) {
        access.require(user, PortalModule.WRITE);
    }

    /** With an {@code Idempotency-Key} a repeated request (bad network) answers the first article, 200 instead of 201. */
    @PostMapping
    ResponseEntity<ArticleView> create(@AuthenticationPrincipal CurrentUser user,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody ArticleManagement.ArticleDraft draft) {
        var submission = submissions.submit(key, "portal.article.create", () -> management.create(user, draft).getId(),
                id -> id, id -> java.util.Optional.of(Long.valueOf(id)));
        ArticleView view = view(submission.value());
        return submission.replayed() ? ResponseEntity.ok(view)
                : ResponseEntity.created(URI.create("/api/v1/portal/articles/" + view.id())).body(view);
    }

    @GetMapping("/{id:\\d+}")
    ArticleView get(@PathVariable Long id) {
        return view(id);
    }

    @PutMapping("/{id:\\d+}")
    ArticleView update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody ArticleManagement.ArticleDraft draft) {
        management.update(user, id, draft, -1);
        return view(id);
    }

    @PostMapping("/{id:\\d+}/submit")
    ArticleView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        management.submit(user, id);
        return view(id);
    }

    @PostMapping("/{id:\\d+}/return")
    ArticleView returnToEditor(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestBody(required = false) Step step) {
        management.returnToEditor(user, id, step == null ? null : step.note());
        return view(id);
    }

    @PostMapping("/{id:\\d+}/publish")
    ArticleView publish(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestBody(required = false) Step step) {
        management.publish(user, id, step == null ? null : step.publishAt());
        return view(id);
    }

    @PostMapping("/{id:\\d+}/withdraw")
    ArticleView withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestBody(required = false) Step step) {
        management.withdraw(user, id, step == null ? null : step.note());
        return view(id);
    }

    private ArticleView view(Long id) {
        Article a = management.findWithTopics(id);
        return new ArticleView(a.getId(), a.getTitle(), a.getSubtitle(), a.getLeadBox(), a.getAuthor(), a.getSource(),
                a.getEditorName(), a.getBody(), a.getChannelId(), a.getTopics().stream().map(Topic::getId).toList(),
                a.getStatus().name(), a.getPublishedAt(), a.isHeadline(), a.getVersion(),
                management.revisionsOf(id).stream().map(r -> new RevisionView(r.getRevisionNo(), r.getEditedByName(),
                        r.getEditedAt(), r.getNote())).toList());
    }
}
