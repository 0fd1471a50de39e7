package org.workershome.portal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.workflow.TransitionNotAllowed;

/**
 * A model deed (典型事迹): the story of a worker ({@code memberId}) or a team ({@code teamName}) of an org,
 * nominated by a cadre of that org's scope and approved by an editor. Scoped by org like every member record;
 * the public portal reads approved deeds explicitly as the system (see {@link DeedManagement}).
 */
@Entity
@Table(name = "portal_deed")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or member_id = :selfMemberId)")
public class Deed extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long memberId;
    private String teamName;
    private String title;
    private String story;
    private Long topicId;
    @Enumerated(EnumType.STRING)
    private DeedStatus status;
    private Long nominatedBy;
    private Instant nominatedAt;
    private Long decidedBy;
    private Instant decidedAt;
    @Version
    private long version;

    protected Deed() {
    }

    Deed(Long orgId, Long memberId, String teamName, String title, String story, Long topicId, Long nominatedBy,
            Instant now) {
        this.orgId = orgId;
        this.memberId = memberId;
        this.teamName = teamName;
        this.title = title;
        this.story = story;
        this.topicId = topicId;
        this.nominatedBy = nominatedBy;
        this.nominatedAt = now;
        this.status = DeedStatus.NOMINATED;
    }

    void decide(boolean approve, Long by, Instant now) {
        if (status != DeedStatus.NOMINATED) {
            throw new TransitionNotAllowed(status, approve ? DeedStatus.APPROVED : DeedStatus.REJECTED);
        }
        status = approve ? DeedStatus.APPROVED : DeedStatus.REJECTED;
        decidedBy = by;
        decidedAt = now;
    }

    @Override
    public Long getId() { return id; }
    public Long getMemberId() { return memberId; }
    public String getTeamName() { return teamName; }
    public String getTitle() { return title; }
    public String getStory() { return story; }
    public Long getTopicId() { return topicId; }
    public DeedStatus getStatus() { return status; }
    public Instant getNominatedAt() { return nominatedAt; }
    public Instant getDecidedAt() { return decidedAt; }
}
