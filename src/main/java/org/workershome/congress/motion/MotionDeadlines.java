package org.workershome.congress.motion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.congress.CongressModule;
import org.workershome.congress.CongressProperties;
import org.workershome.congress.MotionNearlyDue;
import org.workershome.congress.MotionOverdue;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;

/**
 * Handlers' deadlines: the list of motions assigned to the orgs a handler answers for, a reminder some days before
 * the deadline and an overdue notice after it ({@link MotionNearlyDue}, {@link MotionOverdue}; {@link MotionNotifier}
 * tells the holders of the permission for the org, never a role).
 */
@Service
public class MotionDeadlines {

    private final Motions motions;
    private final MotionManagement management;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final CongressProperties properties;
    private final Clock clock;

    MotionDeadlines(Motions motions, MotionManagement management, ApplicationEventPublisher events,
            EntityManager entityManager, CongressProperties properties, Clock clock) {
        this.motions = motions;
        this.management = management;
        this.events = events;
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
        if (motion.needsOverdueNotice(today)) {
            motion.markOverdueNoticed(clock.instant());
            motion.markReminded(clock.instant());
            events.publishEvent(new MotionOverdue(motion.facts()));
        } else if (motion.needsReminder(today, properties.reminderDays())) {
            motion.markReminded(clock.instant());
            events.publishEvent(new MotionNearlyDue(motion.facts()));
        } else {
            return;
        }
        entityManager.flush();
    }


}
