package org.workershome.surveys.contact;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.db.OneByOne;
import org.workershome.core.notification.Notifications;
import org.workershome.core.notification.Text;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Reminds the owner of each overdue follow-up once, one follow-up per transaction; ShedLock: one node does it. */
@Component
class FollowUpJob {

    private static final Logger log = LoggerFactory.getLogger(FollowUpJob.class);

    private final FollowUps followUps;
    private final Reminder reminder;
    private final Clock clock;

    FollowUpJob(FollowUps followUps, Reminder reminder, Clock clock) {
        this.followUps = followUps;
        this.reminder = reminder;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${workers-home.surveys.check-initial-delay:PT45S}",
            fixedDelayString = "${workers-home.surveys.check-interval:PT10M}")
    @SchedulerLock(name = "surveys-follow-ups", lockAtMostFor = "PT10M")
    void run() {
        Scopes.asSystem(this::checkAll);
    }

    /** One pass; also called by tests after moving the clock. */
    int checkAll() {
        LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
        int reminded = OneByOne.each("Surveys: follow-up", followUps.overdueUnreminded(today), reminder::remind);
        if (reminded > 0) {
            log.info("Surveys: {} overdue follow-ups reminded", reminded);
        }
        return reminded;
    }

    /** One follow-up's reminder, in its own transaction. */
    @Component
    static class Reminder {

        private final FollowUps followUps;
        private final Notifications notifications;
        private final Clock clock;

        Reminder(FollowUps followUps, Notifications notifications, Clock clock) {
            this.followUps = followUps;
            this.notifications = notifications;
            this.clock = clock;
        }

        @Transactional
        public void remind(Long id) {
            FollowUp f = followUps.findById(id).orElseThrow();
            if (f.remind(LocalDate.now(clock.withZone(Times.ZONE)), clock.instant())) {
                notifications.notify(f.getOwnerAccountId(), Text.of("surveys.notify.overdue", f.getTask()),
                        Text.of("surveys.notify.overdue.body", f.getTask(), f.getDueOn().toString()),
                        "/surveys/visits/" + f.getVisitId());
            }
        }
    }
}
