package org.workershome.congress.openaffairs;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.congress.CongressModule;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.crypto.Masks;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.member.MemberDirectory.MemberSummary;
import org.workershome.core.member.MemberDirectory;

/**
 * Open affairs (厂务公开): notices published by the managers of a congress's org, read by every worker of that org's
 * subtree — self-only accounts included, through the {@link org.workershome.core.scope.SelfFilters#UNIT_WORKERS} filter of {@link Notice} — who
 * confirm having read them.
 */
@Service
public class NoticeManagement {

    private final Notices notices;
    private final NoticeReads reads;
    private final MemberDirectory members;
    private final Access access;
    private final Clock clock;

    NoticeManagement(Notices notices, NoticeReads reads, MemberDirectory members, Access access, Clock clock) {
        this.notices = notices;
        this.reads = reads;
        this.members = members;
        this.access = access;
        this.clock = clock;
    }

    /** How many of the unit's workers confirmed a notice. */
    public record Readership(long read, long workers, double share) {}

    /** One worker who has not confirmed reading: the name masked as in every list, and his org. */
    public record Unread(String maskedName, Long orgId) {}

    @Transactional
    public Notice publish(CurrentUser user, Long orgId, NoticeCategory category, String title, String body) {
        access.require(user, CongressModule.MANAGE, orgId);
        if (category == null) {
            throw InvalidInput.field("category", "congress.field.required");
        }
        if (title == null || title.isBlank() || body == null || body.isBlank()) {
            throw InvalidInput.field(title == null || title.isBlank() ? "title" : "body", "congress.field.required");
        }
        return notices.save(new Notice(orgId, category, title.strip(), body.strip(), user.displayName(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Notice> notices() {
        return notices.findAllByOrderByPublishedAtDesc();
    }

    @Transactional(readOnly = true)
    public Notice notice(Long id) {
        return notices.findById(id).orElseThrow(NotFound.of("notice", id));
    }

    /** The worker confirms having read the notice; a second confirmation changes nothing. */
    @Transactional
    public void confirmRead(CurrentUser user, Long noticeId) {
        Notice notice = notice(noticeId);
        if (user.memberId() == null) {
            throw new BusinessException(HttpStatus.FORBIDDEN, "congress.error.notWorker");
        }
        if (reads.existsByNoticeIdAndMemberId(notice.getId(), user.memberId())) {
            return;
        }
        MemberSummary member = members.find(user.memberId()).orElseThrow();
        reads.save(new NoticeRead(notice.getId(), member.id(), member.orgId(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public Set<Long> readBy(CurrentUser user) {
        return user.memberId() == null ? Set.of() : Set.copyOf(reads.noticeIdsReadBy(user.memberId()));
    }

    /**
     * Share of the active workers of the notice's org (and below) who confirmed reading it — for its managers, whose
     * scope holds every read confirmation of that subtree.
     */
    @Transactional(readOnly = true)
    public Readership readership(Notice notice) {
        long read = reads.countByNoticeId(notice.getId());
        long workers = members.countActiveInSubtree(notice.getOrgId());
        return new Readership(read, workers, workers == 0 ? 0 : Math.round(read * 1000.0 / workers) / 10.0);
    }

    /** The notices the worker can see (his unit's and those above it), unread first, each group newest first. */
    @Transactional(readOnly = true)
    public List<Notice> noticesForMe(CurrentUser user) {
        Set<Long> read = readBy(user);
        return notices.findAllByOrderByPublishedAtDesc().stream()
                .sorted(Comparator.comparing((Notice n) -> read.contains(n.getId()))).toList();
    }

    /**
     * Who of the notice's org (and below) has not confirmed reading it yet — for the congress's managers only (403).
     * Names are masked ({@code 张**}) as in the app's other lists; the cadre reminds by org, not by full name.
     */
    @Transactional(readOnly = true)
    public List<Unread> unread(CurrentUser user, Long noticeId) {
        Notice notice = notice(noticeId);
        access.require(user, CongressModule.MANAGE, notice.getOrgId());
        Set<Long> readers = Set.copyOf(reads.memberIdsOf(noticeId));
        return members.activeInSubtree(notice.getOrgId()).stream().filter(m -> !readers.contains(m.id()))
                .map(m -> new Unread(Masks.name(m.name()), m.orgId())).toList();
    }
}
