package org.workershome.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.workershome.core.web.SafeHtml;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.workflow.Timeline;

/**
 * The editorial workflow. Editors (portal:article:write) write and submit; a chief editor (portal:article:publish)
 * returns, publishes now or at a set time, withdraws, and alone edits what is live. Every save keeps a revision;
 * every step goes to the timeline and the audit log; every change readers can see invalidates the page cache.
 */
@Service
public class ArticleManagement {

    static final String TARGET = "portal_article";

    /** What a form or the API sends. */
    public record ArticleDraft(String title, String subtitle, String leadBox, String author, String source,
            String editorName, String body, Long channelId, List<Long> topicIds, Boolean headline, Long leadImageId) {
    }

    private final Articles articles;
    private final ArticleRevisions revisions;
    private final Channels channels;
    private final Topics topics;
    private final Timeline timeline;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Access access;

    ArticleManagement(Articles articles, ArticleRevisions revisions, Channels channels, Topics topics, Timeline timeline,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock, Access access) {
        this.access = access;
        this.articles = articles;
        this.revisions = revisions;
        this.channels = channels;
        this.topics = topics;
        this.timeline = timeline;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Article create(CurrentUser user, ArticleDraft draft) {
        access.require(user, PortalModule.WRITE);
        ArticleContent content = validated(draft);
        Instant now = clock.instant();
        Article article = articles.save(new Article(content, draft.channelId(), topicsOf(draft.topicIds()),
                user.accountId(), now));
        revise(user, article, "create");
        audit.record("PORTAL_ARTICLE_CREATE", TARGET, article.getId(), null, article.getTitle());
        return article;
    }

    @Transactional
    public Article update(CurrentUser user, Long id, ArticleDraft draft, long expectedVersion) {
        access.require(user, PortalModule.WRITE);
        Article article = find(id);
        if (article.getStatus() == ArticleStatus.PUBLISHED) {
            access.require(user, PortalModule.PUBLISH);
        }
        if (expectedVersion >= 0 && expectedVersion != article.getVersion()) {
            throw new org.workershome.core.error.Conflict("portal.error.staleVersion");
        }
        ArticleContent content = validated(draft);
        article.step(ArticleAction.EDIT, null, clock.instant());
        article.apply(content, draft.channelId(), topicsOf(draft.topicIds()), clock.instant());
        revise(user, article, "edit");
        audit.record("PORTAL_ARTICLE_UPDATE", TARGET, id, null, article.getTitle());
        changed(article);
        return article;
    }

    @Transactional
    public Article submit(CurrentUser user, Long id) {
        access.require(user, PortalModule.WRITE);
        return step(user, find(id), ArticleAction.SUBMIT, null, null);
    }

    @Transactional
    public Article returnToEditor(CurrentUser user, Long id, String note) {
        access.require(user, PortalModule.PUBLISH);
        return step(user, find(id), ArticleAction.RETURN, null, note);
    }

    /** Publishes now ({@code at} null or past) or schedules for {@code at}. */
    @Transactional
    public Article publish(CurrentUser user, Long id, Instant at) {
        access.require(user, PortalModule.PUBLISH);
        Instant now = clock.instant();
        Instant when = at == null || at.isBefore(now) ? now : at;
        Article article = step(user, find(id), ArticleAction.PUBLISH, when, at != null && at.isAfter(now) ? "scheduled " + at : null);
        changed(article);
        return article;
    }

    /** Imports a legacy article published long ago: straight to published at its original time. */
    @Transactional
    public Article importPublished(CurrentUser user, ArticleDraft draft, Instant publishedAt) {
        access.require(user, PortalModule.PUBLISH);
        Article article = create(user, draft);
        step(user, article, ArticleAction.SUBMIT, null, "import");
        step(user, article, ArticleAction.PUBLISH, publishedAt, "import");
        changed(article);
        return article;
    }

    @Transactional
    public Article withdraw(CurrentUser user, Long id, String note) {
        access.require(user, PortalModule.PUBLISH);
        Article article = step(user, find(id), ArticleAction.WITHDRAW, null, note);
        changed(article);
        return article;
    }

    @Transactional(readOnly = true)
    public Article find(Long id) {
        return articles.findById(id).orElseThrow(NotFound.of("article", id));
    }

    /** The article with its topics loaded, for views outside the transaction. */
    @Transactional(readOnly = true)
    public Article findWithTopics(Long id) {
        Article article = find(id);
        article.getTopics().size();
        return article;
    }

    @Transactional(readOnly = true)
    public List<ArticleRevision> revisionsOf(Long id) {
        return revisions.findByArticleIdOrderByRevisionNoDesc(id);
    }

    private Article step(CurrentUser user, Article article, ArticleAction action, Instant at, String note) {
        ArticleStatus from = article.step(action, at, clock.instant());
        timeline.record(TARGET, article.getId(), null, action, from, article.getStatus(), note);
        return article;
    }

    private void revise(CurrentUser user, Article article, String note) {
        int next = (int) revisions.countByArticleId(article.getId()) + 1;
        revisions.save(new ArticleRevision(article.getId(), next, article.getTitle(), article.getBody(),
                user.accountId(), user.getUsername(), clock.instant(), note));
    }

    private void changed(Article article) {
        events.publishEvent(new PortalChanged("article", article.getId()));
    }

    private ArticleContent validated(ArticleDraft draft) {
        Map<String, String> errors = new HashMap<>();
        if (blank(draft.title()) || draft.title().strip().length() > 200) {
            errors.put("title", "portal.error.title");
        }
        String body = SafeHtml.clean(draft.body(), src -> src.startsWith("/portal-images/") ? src : null);
        if (org.jsoup.Jsoup.parse(body).text().isBlank()) {
            errors.put("body", "portal.error.body");
        }
        if (draft.channelId() == null || !channels.existsById(draft.channelId())) {
            errors.put("channelId", "portal.error.channel");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new ArticleContent(draft.title().strip(), trimmed(draft.subtitle(), 200), trimmed(draft.leadBox(), 4000),
                trimmed(draft.author(), 100), trimmed(draft.source(), 200), trimmed(draft.editorName(), 50), body,
                Boolean.TRUE.equals(draft.headline()), draft.leadImageId());
    }

    private Set<Topic> topicsOf(List<Long> ids) {
        return ids == null ? new LinkedHashSet<>() : new LinkedHashSet<>(topics.findAllById(ids));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s, int max) {
        if (blank(s)) {
            return null;
        }
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max);
    }
}
