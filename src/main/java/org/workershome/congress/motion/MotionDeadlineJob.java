package org.workershome.congress.motion;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.workershome.core.scope.Scopes;

/**
 * Reminds handling orgs of motions due within a few days and tells them (and the congress's cadres) when a deadline
 * has passed. Each motion in its own transaction; ShedLock makes one node of several do it.
 */
@Component
public class MotionDeadlineJob {

    private static final Logger log = LoggerFactory.getLogger(MotionDeadlineJob.class);

    private final MotionDeadlines motions;

    MotionDeadlineJob(MotionDeadlines motions) {
        this.motions = motions;
    }

    @Scheduled(initialDelayString = "${workers-home.congress.motion-check-initial-delay:PT25S}",
            fixedDelayString = "${workers-home.congress.motion-check-interval:PT10M}")
    @SchedulerLock(name = "congress-motion-deadlines", lockAtMostFor = "PT10M")
    void run() {
        Scopes.asSystem(this::checkAll);
    }

    /** One pass; also called by tests after moving the clock. */
    public void checkAll() {
        for (Long id : motions.dueForNotice()) {
            try {
                motions.noticeIfDue(id);
            } catch (RuntimeException e) {
                log.warn("Motion {}: deadline notice failed", id, e);
            }
        }
    }
}
