package org.workershome.appeals;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.workershome.core.db.OneByOne;
import org.workershome.core.scope.Scopes;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Shortly after start and then every few minutes: warns about nearly-due appeals, escalates overdue ones and
 * closes stale replies. Each appeal in its own transaction, so one failure does not stop the rest; ShedLock
 * makes one node of several do it.
 */
@Component
class AppealDeadlineJob {

    private static final Logger log = LoggerFactory.getLogger(AppealDeadlineJob.class);

    private final Appeals appeals;
    private final AppealTimers timers;
    private final AppealsProperties properties;
    private final Clock clock;

    AppealDeadlineJob(Appeals appeals, AppealTimers timers, AppealsProperties properties, Clock clock) {
        this.appeals = appeals;
        this.timers = timers;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${workers-home.appeals.check-initial-delay:PT15S}",
            fixedDelayString = "${workers-home.appeals.check-interval:PT2M}")
    @SchedulerLock(name = "appeal-deadlines", lockAtMostFor = "PT10M")
    void run() {
        Scopes.asSystem(this::checkAll);
    }

    /** One pass; also called by tests after moving the clock. */
    void checkAll() {
        var now = clock.instant();
        int escalated = OneByOne.each("Appeal", appeals.findOverdueIds(now, List.of(AppealStatus.SUBMITTED,
                AppealStatus.ACCEPTED, AppealStatus.IN_PROGRESS)), timers::escalateIfOverdue);
        int warned = OneByOne.each("Appeal", appeals.findDueForWarningIds(now), timers::warnIfNearlyDue);
        int closed = OneByOne.each("Appeal", appeals.findRepliedBeforeIds(now.minus(properties.autoCloseAfter())),
                timers::autoCloseIfStale);
        if (escalated + warned + closed > 0) {
            log.info("Appeal deadlines: {} escalated, {} warned, {} closed after no answer", escalated, warned, closed);
        }
    }
}
