package org.workershome.hardship;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.workflow.Timeline;
import org.workershome.core.workflow.TimelineEntry;

/**
 * The read side of files: lists and what a file page shows, the questions cadres ask (never assisted, review
 * due) and the yearly figures. Everything through the scope filters; personal data stays masked in the entities'
 * public getters.
 */
@Service
public class HardshipQueries {

    private static final List<HardshipStatus> IN_HARDSHIP = List.of(HardshipStatus.APPROVED, HardshipStatus.UNDER_REVIEW);

    private final HardshipFiles files;
    private final HouseholdMembers household;
    private final HardshipVisits visits;
    private final Aids aids;
    private final Timeline timeline;
    private final MemberDirectory memberDirectory;
    private final OrgDirectory orgDirectory;
    private final HardshipProperties properties;
    private final Clock clock;

    HardshipQueries(HardshipFiles files, HouseholdMembers household, HardshipVisits visits, Aids aids,
            Timeline timeline, MemberDirectory memberDirectory, OrgDirectory orgDirectory,
            HardshipProperties properties, Clock clock) {
        this.files = files;
        this.household = household;
        this.visits = visits;
        this.aids = aids;
        this.timeline = timeline;
        this.memberDirectory = memberDirectory;
        this.orgDirectory = orgDirectory;
        this.properties = properties;
        this.clock = clock;
    }

    /** Files in the caller's scope, newest first. */
    @Transactional(readOnly = true)
    public List<HardshipFile> list(HardshipStatus status, int max) {
        return files.list(status, PageRequest.of(0, max)).getContent();
    }

    /** A worker's own files. */
    @Transactional(readOnly = true)
    public List<HardshipFile> filesOf(Long memberId) {
        return memberId == null ? List.of() : files.findByMemberIdOrderByAppliedAtDesc(memberId);
    }

    @Transactional(readOnly = true)
    public List<HouseholdMember> householdOf(HardshipFile file) {
        return household.findByFileIdOrderById(file.getId());
    }

    @Transactional(readOnly = true)
    public List<HardshipVisit> visitsOf(HardshipFile file) {
        return visits.findByFileIdOrderByVisitedOnAscIdAsc(file.getId());
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timelineOf(HardshipFile file) {
        return timeline.of(HardshipApplications.TARGET, file.getId());
    }

    public String memberName(HardshipFile file) {
        return memberDirectory.nameOf(file.getMemberId()).orElse("");
    }

    public Map<Long, String> memberNames(List<HardshipFile> list) {
        return memberDirectory.namesOf(list.stream().map(HardshipFile::getMemberId).distinct().toList());
    }

    /** The number of the file a re-opened file follows (null when the caller cannot see it). */
    @Transactional(readOnly = true)
    public String fileNoOf(Long fileId) {
        return files.findById(fileId).map(HardshipFile::getFileNo).orElse(null);
    }

    /** When the file's yearly review falls due (null when not approved yet). */
    public Instant reviewDueAt(HardshipFile file) {
        return file.getStatus() == HardshipStatus.APPROVED ? file.reviewDueAt(properties.reviewAfter()) : null;
    }

    @Transactional(readOnly = true)
    public List<HardshipFile> neverAssisted() {
        return files.neverAssisted(IN_HARDSHIP);
    }

    @Transactional(readOnly = true)
    public List<HardshipFile> dueForReview() {
        Instant before = clock.instant().minus(properties.reviewAfter());
        return files.notReviewedSince(IN_HARDSHIP, before);
    }

    public record YearFigures(Long orgId, String orgName, int year, long aidCount, long households, BigDecimal amount) {
        public String getAmountText() { return Money.format(amount); }
    }

    @Transactional(readOnly = true)
    public List<YearFigures> aidPerOrgAndYear() {
        return aids.perOrgAndYear().stream().map(r -> new YearFigures((Long) r[0], orgDirectory.nameOf((Long) r[0]),
                ((Number) r[1]).intValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                (BigDecimal) r[4])).toList();
    }
}
