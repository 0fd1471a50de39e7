package org.workershome.congress.motion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.workershome.congress.CongressModule;
import org.workershome.congress.MotionAssigned;
import org.workershome.congress.MotionDecided;
import org.workershome.congress.MotionFacts;
import org.workershome.congress.MotionNearlyDue;
import org.workershome.congress.MotionOverdue;
import org.workershome.congress.MotionReplied;
import org.workershome.congress.MotionSubmitted;
import org.workershome.core.account.PermissionHolders;
import org.workershome.core.module.BeforeCommit;
import org.workershome.core.notification.Notifications;
import org.workershome.core.notification.Text;

/**
 * Who hears of a motion's steps: the motions committee (holders of {@link CongressModule#MANAGE} for the congress's
 * org) of a new motion, the proposer of the committee's decision and of the reply, the handling org's holders of
 * {@link CongressModule#HANDLE_MOTIONS} of an assignment and its deadline — in each reader's language.
 */
@Component
class MotionNotifier {

    private final PermissionHolders holders;
    private final Notifications notifications;

    MotionNotifier(PermissionHolders holders, Notifications notifications) {
        this.holders = holders;
        this.notifications = notifications;
    }

    @BeforeCommit
    void on(MotionSubmitted event) {
        MotionFacts motion = event.motion();
        notifications.notifyAll(holders.of(CongressModule.MANAGE, motion.orgId()),
                Text.of("congress.motion.notify.submitted", motion.title()),
                Text.of("congress.motion.notify.submittedBody", motion.title(), motion.proposerName()), link(motion));
    }

    @BeforeCommit
    void on(MotionDecided event) {
        MotionFacts motion = event.motion();
        String decision = event.decision().name();
        toProposer(motion, Text.of("congress.motion.notify.decided." + decision, motion.title()),
                event.note() == null || event.note().isBlank()
                        ? Text.of("congress.motion.notify.decidedBody." + decision, motion.title())
                        : Text.of("congress.motion.notify.decidedNote", motion.title(), event.note()));
    }

    @BeforeCommit
    void on(MotionAssigned event) {
        MotionFacts motion = event.motion();
        notifications.notifyAll(holders.of(CongressModule.HANDLE_MOTIONS, motion.handlerOrgId()),
                Text.of("congress.motion.notify.assigned", motion.title()),
                motion.dueOn() == null ? Text.of("congress.motion.notify.assignedBody", motion.title())
                        : Text.of("congress.motion.notify.assignedDueBody", motion.title(), motion.dueOn()),
                link(motion));
    }

    @BeforeCommit
    void on(MotionReplied event) {
        MotionFacts motion = event.motion();
        toProposer(motion, Text.of("congress.motion.notify.replied", motion.title()),
                Text.of("congress.motion.notify.repliedBody", motion.title()));
    }

    @BeforeCommit
    void on(MotionNearlyDue event) {
        MotionFacts motion = event.motion();
        notifications.notifyAll(holders.of(CongressModule.HANDLE_MOTIONS, motion.handlerOrgId()),
                Text.of("congress.motion.notify.reminder", motion.title()),
                Text.of("congress.motion.notify.reminderBody", motion.title(), motion.dueOn()), link(motion));
    }

    /** To the handlers and to the congress's managers, who assigned it. */
    @BeforeCommit
    void on(MotionOverdue event) {
        MotionFacts motion = event.motion();
        Set<Long> to = new LinkedHashSet<>(holders.of(CongressModule.HANDLE_MOTIONS, motion.handlerOrgId()));
        to.addAll(holders.of(CongressModule.MANAGE, motion.orgId()));
        notifications.notifyAll(new ArrayList<>(to), Text.of("congress.motion.notify.overdue", motion.title()),
                Text.of("congress.motion.notify.overdueBody", motion.title(), motion.dueOn()), link(motion));
    }

    private void toProposer(MotionFacts motion, Text subject, Text body) {
        holders.accountOfMember(motion.proposerMemberId())
                .ifPresent(account -> notifications.notify(account, subject, body, link(motion)));
    }

    private static String link(MotionFacts motion) {
        return "/congress/motions/" + motion.id();
    }
}
