package org.workershome.portal;

import static org.workershome.portal.ArticleAction.EDIT;
import static org.workershome.portal.ArticleAction.PUBLISH;
import static org.workershome.portal.ArticleAction.RETURN;
import static org.workershome.portal.ArticleAction.SUBMIT;
import static org.workershome.portal.ArticleAction.WITHDRAW;
import static org.workershome.portal.ArticleStatus.DRAFT;
import static org.workershome.portal.ArticleStatus.PUBLISHED;
import static org.workershome.portal.ArticleStatus.SUBMITTED;
import static org.workershome.portal.ArticleStatus.WITHDRAWN;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jsoup.Jsoup;
import org.workershome.core.workflow.StateMachine;

/**
 * A news article. National content: not scoped to an org (every visitor reads the same portal), so it is
 * not a ScopedEntity; {@link ArticleManagement} audits every change instead. The body is sanitised HTML
 * (see {@link org.workershome.core.web.SafeHtml}); a published article whose {@code publishedAt} lies ahead is scheduled and
 * becomes visible at that moment without any job.
 */
@Entity
@Table(name = "portal_article")
@Indexed(index = "article")
public class Article {

    static final StateMachine<ArticleStatus, ArticleAction> MACHINE = StateMachine.of(ArticleStatus.class, ArticleAction.class)
            .allow(SUBMIT, DRAFT, SUBMITTED)
            .allow(RETURN, SUBMITTED, DRAFT)
            .allow(PUBLISH, EnumSet.of(SUBMITTED, WITHDRAWN), PUBLISHED)
            .allow(WITHDRAW, PUBLISHED, WITHDRAWN)
            .allow(EDIT, DRAFT, DRAFT)
            .allow(EDIT, SUBMITTED, SUBMITTED)
            .allow(EDIT, PUBLISHED, PUBLISHED)
            .allow(EDIT, WITHDRAWN, WITHDRAWN)
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @FullTextField(analyzer = PortalSearchConfig.CHINESE, projectable = Projectable.YES,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    private String title;
    private String subtitle;
    private String leadBox;
    private String author;
    private String source;
    private String editorName;
    @GenericField
    private Long channelId;
    @KeywordField
    @Enumerated(EnumType.STRING)
    private ArticleStatus status;
    private Instant publishAt;
    @GenericField(sortable = Sortable.YES)
    private Instant publishedAt;
    private String body;
    private String summary;
    private Long leadImageId;
    private boolean headline;
    private Long createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;
    @ManyToMany
    @JoinTable(name = "portal_article_topic", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Set<Topic> topics = new LinkedHashSet<>();

    protected Article() {
    }

    Article(ArticleContent content, Long channelId, Set<Topic> topics, Long createdBy, Instant now) {
        this.status = DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(content, channelId, topics, now);
    }

    void apply(ArticleContent content, Long channelId, Set<Topic> topics, Instant now) {
        this.title = content.title();
        this.subtitle = content.subtitle();
        this.leadBox = content.leadBox();
        this.author = content.author();
        this.source = content.source();
        this.editorName = content.editorName();
        this.body = content.body();
        this.headline = content.headline();
        this.leadImageId = content.leadImageId();
        this.summary = summarise(body);
        this.channelId = channelId;
        this.topics.clear();
        this.topics.addAll(topics);
        this.updatedAt = now;
    }

    /** Moves along the workflow; {@code TransitionNotAllowed} (409) when the step does not apply. */
    ArticleStatus step(ArticleAction action, Instant at, Instant now) {
        ArticleStatus from = status;
        status = MACHINE.next(status, action);
        if (action == PUBLISH) {
            publishAt = at;
            publishedAt = at;
        }
        updatedAt = now;
        return from;
    }

    /** Readers see it: published, and its time has come. */
    public boolean isVisibleAt(Instant now) {
        return status == PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }

    public boolean isScheduledAt(Instant now) {
        return status == PUBLISHED && publishedAt != null && publishedAt.isAfter(now);
    }

    /** Plain text of the body for the search index and snippets. */
    @FullTextField(analyzer = PortalSearchConfig.CHINESE, projectable = Projectable.YES,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "body")),
            @ObjectPath(@PropertyValue(propertyName = "leadBox"))})
    public String getPlainText() {
        String lead = leadBox == null ? "" : leadBox + "\n";
        return lead + Jsoup.parse(body == null ? "" : body).text();
    }

    private static String summarise(String html) {
        String text = Jsoup.parse(html == null ? "" : html).text().trim();
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getSubtitle() { return subtitle; }
    public String getLeadBox() { return leadBox; }
    public String getAuthor() { return author; }
    public String getSource() { return source; }
    public String getEditorName() { return editorName; }
    public Long getChannelId() { return channelId; }
    public ArticleStatus getStatus() { return status; }
    public Instant getPublishAt() { return publishAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getBody() { return body; }
    public String getSummary() { return summary; }
    public Long getLeadImageId() { return leadImageId; }
    public boolean isHeadline() { return headline; }
    public Long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
    public Set<Topic> getTopics() { return topics; }
}
