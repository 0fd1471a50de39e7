package org.workershome.congress.motion;

import org.workershome.core.notification.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.congress.CongressModule;
import org.workershome.congress.CongressProperties;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.PermissionHolders;
import org.workershome.core.notification.Notifications;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;

/**
 * Handlers' deadlines: the list of motions assigned to the orgs a handler answers for, a reminder some days before
 * the deadline and an overdue notice after it — to the holders of the permission for the org, never to a role.
 */
@Service
public class MotionDeadlines {

    private final Motions motions;
    private final MotionManagement management;
    private final PermissionHolders holders;
    private final Notifications notifications;
    private final EntityManager entityManager;
    private final CongressProperties properties;
    private final Clock clock;

    MotionDeadlines(Motions motions, MotionManagement management, PermissionHolders holders,
            Notifications notifications, EntityManager entityManager,
            CongressProperties properties, Clock clock) {
        this.motions = motions;
        this.management = management;
        this.holders = holders;
        this.notifications = notifications;
        this.entityManager = entityManager;
        this.properties = properties;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Times.ZONE); // not clock.withZone: TestClock drops its offset there
    }

    /**
     * The motions assigned to the orgs the caller handles for, nearest deadline first. Read across scopes (a
     * handling org may lie outside the congress's org), each checked with the handler's permission for its org.
     */
    @Transactional(readOnly = true)
    public List<Motion> assignedTo(CurrentUser user) {
        if (user == null || !user.hasPermission(CongressModule.HANDLE_MOTIONS)) {
            return List.of();
        }
        return Scopes.asSystem(motions::findAllAssigned).stream()
                .filter(m -> management.mayHandle(user, m)).toList();
    }

    /** Ids of assigned motions whose reminder or overdue notice may be due (the job decides one by one). */
    @Transactional(readOnly = true)
    public List<Long> dueForNotice() {
        return motions.findAssignedDueByIds(today().plusDays(properties.reminderDays()));
    }

    /**
     * A reminder to the handling org's handlers {@code reminder-days} days before the deadline, and once the deadline
     * has passed an overdue notice to them and to the congress's managers. Each at most once per assignment. Run by
     * {@link MotionDeadlineJob}, as the system.
     */
    @Transactional
    public void noticeIfDue(Long motionId) {
        Motion motion = motions.findById(motionId).orElse(null);
        if (motion == null) {
            return;
        }
        LocalDate today = today();
        String link = "/congress/motions/" + motion.getId();
        if (motion.needsOverdueNotice(today)) {
            motion.markOverdueNoticed(clock.instant());
            motion.markReminded(clock.instant());
            Set<Long> to = new LinkedHashSet<>(holders(CongressModule.HANDLE_MOTIONS, motion.getHandlerOrgId()));
            to.addAll(holders(CongressModule.MANAGE, motion.getOrgId()));
            notifications.notifyAll(to, Text.of("congress.motion.notify.overdue", motion.getTitle()),
                    Text.of("congress.motion.notify.overdueBody", motion.getTitle(), motion.getDueOn()), link);
        } else if (motion.needsReminder(today, properties.reminderDays())) {
            motion.markReminded(clock.instant());
            notifications.notifyAll(holders(CongressModule.HANDLE_MOTIONS, motion.getHandlerOrgId()),
                    Text.of("congress.motion.notify.reminder", motion.getTitle()),
                    Text.of("congress.motion.notify.reminderBody", motion.getTitle(), motion.getDueOn()), link);
        } else {
            return;
        }
        entityManager.flush();
    }

    private List<Long> holders(String permission, Long orgId) {
        return orgId == null ? List.of() : holders.of(permission, orgId);
    }

}
