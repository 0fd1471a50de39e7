package org.workershome.training.plan;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.workershome.core.db.OneByOne;
import org.workershome.core.scope.Scopes;

/**
 * Reminds cadres of required plans due within a few days, and once more when overdue. Each enrolment in its own
 * transaction; ShedLock makes one node of several do it.
 */
@Component
public class PlanReminderJob {

    private final PlanManagement plans;

    PlanReminderJob(PlanManagement plans) {
        this.plans = plans;
    }

    @Scheduled(initialDelayString = "${workers-home.training.plan-check-initial-delay:PT35S}",
            fixedDelayString = "${workers-home.training.plan-check-interval:PT1H}")
    @SchedulerLock(name = "training-plan-reminders", lockAtMostFor = "PT10M")
    void run() {
        checkAll();
    }

    /** One pass; also called by tests after moving the clock. */
    public int checkAll() {
        return Scopes.asSystem(() -> OneByOne.each("training plan reminder", plans.dueForReminder(),
                plans::remindIfDue));
    }
}
