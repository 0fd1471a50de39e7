package org.workershome.hardship;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Accounts;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Role;
import org.workershome.core.crypto.Masks;
import org.workershome.core.notification.Notifications;
import org.workershome.core.scope.Scopes;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;

/**
 * The public notice (公示): the files under notice in one's own org, shown to every account of that org — also to
 * workers, whose SELF scope would never show them another member's file. So this is a read model of its own: it
 * reads as the system, limited by hand to the caller's org and to files in PUBLIC_NOTICE, and it carries no personal
 * data at all (masked name, grade, causes, household size, the notice dates).
 */
@Service
public class HardshipNotices {

    private final HardshipFiles files;
    private final HardshipObjections objections;
    private final HardshipManagement management;
    private final Accounts accounts;
    private final Notifications notifications;
    private final Clock clock;

    HardshipNotices(HardshipFiles files, HardshipObjections objections, HardshipManagement management,
            Accounts accounts, Notifications notifications, Clock clock) {
        this.files = files;
        this.objections = objections;
        this.management = management;
        this.accounts = accounts;
        this.notifications = notifications;
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
        List<HardshipFile> list = Scopes.asSystem(() -> files.underNoticeIn(user.orgId()));
        Map<Long, String> names = management.memberNames(list);
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
        HardshipFile file = Scopes.asSystem(() -> files.findById(fileId))
                .filter(f -> f.getStatus() == HardshipStatus.PUBLIC_NOTICE && f.getOrgId().equals(user.orgId()))
                .orElseThrow(NotFound.of("hardshipNotice", fileId));
        if (file.belongsTo(user.memberId())) {
            throw new Conflict("hardship.error.ownFile");
        }
        String note = HardshipManagement.blankToNull(text);
        if (note == null || note.length() > 2000) {
            throw InvalidInput.field("text", "hardship.objection.text");
        }
        HardshipObjection objection = objections.save(new HardshipObjection(file, user.accountId(), user.memberId(),
                note, clock.instant()));
        Scopes.asSystem(() -> accounts.findIdsByOrgIdAndRole(file.getOrgId(), Role.CADRE)).forEach(id ->
                notifications.notify(id, management.text("hardship.notify.objection", file.getFileNo()), "",
                        "/hardship/files/" + file.getId()));
        return objection;
    }
}
