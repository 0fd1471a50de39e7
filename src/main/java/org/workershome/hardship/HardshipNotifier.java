package org.workershome.hardship;

import org.springframework.stereotype.Component;
import org.workershome.core.account.PermissionHolders;
import org.workershome.core.module.BeforeCommit;
import org.workershome.core.notification.Notifications;
import org.workershome.core.notification.Text;
import org.workershome.core.org.OrgDirectory;

/**
 * Who is told what about a file, listening to the module's events once the act has committed: the worker of a
 * change of his file, the holders of {@link HardshipModule#HANDLE} at an org (not the holders of a role: an
 * administrator who may handle files is told like a cadre). Texts are message keys, rendered in the reader's language.
 */
@Component
class HardshipNotifier {

    private final PermissionHolders holders;
    private final OrgDirectory orgDirectory;
    private final Notifications notifications;

    HardshipNotifier(PermissionHolders holders, OrgDirectory orgDirectory, Notifications notifications) {
        this.holders = holders;
        this.orgDirectory = orgDirectory;
        this.notifications = notifications;
    }

    @BeforeCommit
    void on(HardshipFileApplied applied) {
        toHandlers(applied.orgId(), applied.fileId(), Text.of("hardship.notify.applied", applied.fileNo()));
    }

    @BeforeCommit
    void on(HardshipFileStepTaken step) {
        toWorker(step.memberId(), step.fileId(), step.fileNo(), step.status());
        if (step.action() == HardshipAction.START_NOTICE) {
            // the level above approves once the notice ends
            orgDirectory.parentOf(step.orgId()).ifPresent(parent -> toHandlers(parent.id(), step.fileId(),
                    Text.of("hardship.notify.notice", step.fileNo())));
        }
    }

    @BeforeCommit
    void on(HardshipReviewStarted started) {
        toHandlers(started.orgId(), started.fileId(), Text.of("hardship.notify.reviewStarted", started.fileNo()));
        toWorker(started.memberId(), started.fileId(), started.fileNo(), started.status());
    }

    @BeforeCommit
    void on(HardshipReviewDue due) {
        toHandlers(due.orgId(), due.fileId(), Text.of("hardship.notify.reviewSoon", due.fileNo(), due.dueOn().toString()));
    }

    @BeforeCommit
    void on(HardshipObjectionRaised raised) {
        toHandlers(raised.orgId(), raised.fileId(), Text.of("hardship.notify.objection", raised.fileNo()));
    }

    @BeforeCommit
    void on(HardshipFilePaired paired) {
        notify(paired.cadreAccountId(), paired.fileId(), Text.of("hardship.notify.paired", paired.fileNo()));
    }

    /** The worker, if he has an account. */
    private void toWorker(Long memberId, Long fileId, String fileNo, HardshipStatus status) {
        holders.accountOfMember(memberId).ifPresent(a -> notify(a, fileId,
                Text.of("hardship.notify.changed", fileNo, Text.of("hardship.status." + status))));
    }

    private void toHandlers(Long orgId, Long fileId, Text subject) {
        holders.of(HardshipModule.HANDLE, orgId).forEach(a -> notify(a, fileId, subject));
    }

    private void notify(Long accountId, Long fileId, Text subject) {
        notifications.notify(accountId, subject, null, "/hardship/files/" + fileId);
    }
}
