package org.workershome.congress.openaffairs;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.error.Conflict;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;

/** A worker's comment on a paragraph, and the union's reply. Belongs to the worker's org. */
@Entity
@Table(name = "congress_consultation_comment")
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.OWN)
public class ConsultationComment extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long consultationId;
    private Long paragraphId;
    private Long memberId;
    private String authorName;
    private String body;
    private Instant createdAt;
    private String reply;
    private String repliedBy;
    private Instant repliedAt;

    protected ConsultationComment() {}

    ConsultationComment(ConsultationParagraph paragraph, Long memberId, Long memberOrgId, String authorName, String body,
            Instant now) {
        this.orgId = memberOrgId;
        this.consultationId = paragraph.getConsultationId();
        this.paragraphId = paragraph.getId();
        this.memberId = memberId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = now;
    }

    void answer(String text, String by, Instant now) {
        if (reply != null) {
            throw new Conflict("congress.comment.alreadyAnswered");
        }
        this.reply = text;
        this.repliedBy = by;
        this.repliedAt = now;
    }

    @Override
    public Long ownerMemberId() { return memberId; }

    @Override
    public Long getId() { return id; }
    public Long getConsultationId() { return consultationId; }
    public Long getParagraphId() { return paragraphId; }
    public Long getMemberId() { return memberId; }
    public String getAuthorName() { return authorName; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public String getReply() { return reply; }
    public String getRepliedBy() { return repliedBy; }
    public Instant getRepliedAt() { return repliedAt; }
}
