package org.workershome.hardship;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.crypto.Masks;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;

/**
 * The public notice (公示): the files under notice in one's own org, shown to every account of that org — also to
 * workers, whose SELF scope would never show them another member's file. So this is a read model of its own: it
 * reads as the system, limited by hand to the caller's org and to files in PUBLIC_NOTICE, and it carries no personal
 * data at all (masked name, grade, causes, household size, the notice dates). The objections raised against a file
 * are shown to its handlers only (an objector stays unknown to the household).
 */
@Service
public class HardshipNotices {

    private final PublicNoticeReads noticeReads;
    private final HardshipObjections objections;
    private final HardshipFileAccess fileAccess;
    private final MemberDirectory memberDirectory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HardshipNotices(PublicNoticeReads noticeReads, HardshipObjections objections, HardshipFileAccess fileAccess,
            MemberDirectory memberDirectory, ApplicationEventPublisher events, Clock clock) {
        this.noticeReads = noticeReads;
        this.objections = objections;
        this.fileAccess = fileAccess;
        this.memberDirectory = memberDirectory;
        this.events = events;
        this.clock = clock;
    }

    /** One line of the notice: nothing that identifies more than a colleague already knows. */
    public record NoticeEntry(Long fileId, String fileNo, String memberName, HardshipGrade grade,
            List<HardshipCause> causes, int householdSize, Instant noticeStartedAt, Instant noticeEndsAt,
            boolean running) {}

    @Transactional(readOnly = true)
    public List<NoticeEntry> noticeOf(CurrentUser user) {
        if (user.orgId() == null) {
            return List.of();
        }
        List<HardshipFile> list = noticeReads.underNoticeIn(user.orgId());
        Map<Long, String> names = memberDirectory.namesOf(list.stream().map(HardshipFile::getMemberId).distinct().toList());
        Instant now = clock.instant();
        return list.stream().map(f -> new NoticeEntry(f.getId(), f.getFileNo(), Masks.name(names.get(f.getMemberId())),
                f.getGrade(), f.getCauses(), f.getHouseholdSize(), f.getNoticeStartedAt(), f.getNoticeEndsAt(),
                f.isNoticeRunning(now))).toList();
    }

    /**
     * An objection by a member of the file's org while it is under notice. The household itself cannot object to
     * its own file; anyone else of another org does not see the file at all (404).
     */
    @Transactional
    public HardshipObjection object(CurrentUser user, Long fileId, String text) {
        HardshipFile file = noticeReads.underNotice(fileId, user.orgId())
                .orElseThrow(NotFound.of("hardshipNotice", fileId));
        if (file.belongsTo(user.memberId())) {
            throw new Conflict("hardship.error.ownFile");
        }
        String note = Input.blankToNull(text);
        if (note == null || note.length() > 2000) {
            throw InvalidInput.field("text", "hardship.objection.text");
        }
        HardshipObjection objection = objections.save(new HardshipObjection(file, user.accountId(), user.memberId(),
                note, clock.instant()));
        events.publishEvent(new HardshipObjectionRaised(file.getId(), file.getFileNo(), file.getOrgId()));
        return objection;
    }

    /** Objections: handlers see them all; others none (an objector stays unknown to the household). */
    @Transactional(readOnly = true)
    public List<HardshipObjection> objectionsOf(CurrentUser user, HardshipFile file) {
        return fileAccess.mayHandle(user, file) ? objections.findByFileIdOrderById(file.getId()) : List.of();
    }
}
