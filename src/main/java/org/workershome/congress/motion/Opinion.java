package org.workershome.congress.motion;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.congress.Audience;
import org.workershome.core.scope.ScopedEntity;

/**
 * An opinion (意见建议): a motion the committee did not register as a motion but converted (转为意见建议). Kept
 * minimal — title, text, proposer, org, status — and not the suggestions module's 合理化建议; public to the
 * unit's workers like the motions list.
 */
@Entity
@Table(name = "congress_opinion")
@Filter(name = ScopedEntity.SELF_FILTER, condition = Audience.UNIT_WORKERS)
public class Opinion extends ScopedEntity {

    public enum Status { RECORDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long motionId;
    private Long proposerMemberId;
    private String proposerName;
    private String title;
    private String text;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant createdAt;

    protected Opinion() {}

    Opinion(Motion motion, Instant now) {
        this.orgId = motion.getOrgId();
        this.motionId = motion.getId();
        this.proposerMemberId = motion.getProposerMemberId();
        this.proposerName = motion.getProposerName();
        this.title = motion.getTitle();
        String body = motion.getReason() + "\n\n" + motion.getProposal();
        this.text = body.length() > 8000 ? body.substring(0, 8000) : body;
        this.status = Status.RECORDED;
        this.createdAt = now;
    }

    @Override
    public Long getId() { return id; }
    public Long getMotionId() { return motionId; }
    public Long getProposerMemberId() { return proposerMemberId; }
    public String getProposerName() { return proposerName; }
    public String getTitle() { return title; }
    public String getText() { return text; }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
}
