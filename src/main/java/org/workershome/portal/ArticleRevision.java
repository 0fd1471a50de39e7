package org.workershome.portal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The title and body as saved at one moment, with who saved them. */
@Entity
@Table(name = "portal_article_revision")
public class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long articleId;
    private int revisionNo;
    private String title;
    private String body;
    private Long editedBy;
    private String editedByName;
    private Instant editedAt;
    private String note;

    protected ArticleRevision() {
    }

    ArticleRevision(Long articleId, int revisionNo, String title, String body, Long editedBy, String editedByName,
            Instant editedAt, String note) {
        this.articleId = articleId;
        this.revisionNo = revisionNo;
        this.title = title;
        this.body = body;
        this.editedBy = editedBy;
        this.editedByName = editedByName;
        this.editedAt = editedAt;
        this.note = note;
    }

    public Long getId() { return id; }
    public Long getArticleId() { return articleId; }
    public int getRevisionNo() { return revisionNo; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public String getEditedByName() { return editedByName; }
    public Instant getEditedAt() { return editedAt; }
    public String getNote() { return note; }
}
