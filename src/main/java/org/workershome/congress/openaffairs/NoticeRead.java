package org.workershome.congress.openaffairs;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;

/** A worker's confirmation of having read a notice; its org is the worker's own, so the unit's cadres count it. */
@Entity
@Table(name = "congress_notice_read")
@IdClass(NoticeRead.Key.class)
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.OWN)
public class NoticeRead extends ScopedEntity {

    @Id
    private Long noticeId;
    @Id
    private Long memberId;
    private Instant readAt;

    protected NoticeRead() {}

    NoticeRead(Long noticeId, Long memberId, Long memberOrgId, Instant at) {
        this.orgId = memberOrgId;
        this.noticeId = noticeId;
        this.memberId = memberId;
        this.readAt = at;
    }

    @Override
    public Long ownerMemberId() { return memberId; }

    @Override
    public Object getId() { return noticeId + ":" + memberId; }
    public Long getNoticeId() { return noticeId; }
    public Long getMemberId() { return memberId; }
    public Instant getReadAt() { return readAt; }

    public static class Key implements Serializable {
        Long noticeId;
        Long memberId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(noticeId, k.noticeId) && Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(noticeId, memberId);
        }
    }
}
