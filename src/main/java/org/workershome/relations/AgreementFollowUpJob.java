package org.workershome.relations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.workershome.core.db.OneByOne;
import org.workershome.core.scope.Scopes;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Every hour or so: reminds of follow-up visits past their date, each in its own transaction, on one node. */
@Component
class AgreementFollowUpJob {

    private static final Logger log = LoggerFactory.getLogger(AgreementFollowUpJob.class);

    private final FollowUpManagement followUps;

    AgreementFollowUpJob(FollowUpManagement followUps) {
        this.followUps = followUps;
    }

    @Scheduled(initialDelayString = "${workers-home.relations.check-initial-delay:PT30S}",
            fixedDelayString = "${workers-home.relations.follow-up-check-interval:PT1H}")
    @SchedulerLock(name = "relations-follow-up", lockAtMostFor = "PT10M")
    void run() {
        Scopes.asSystem(this::checkAll);
    }

    /** One pass; also called by tests after moving the clock. */
    void checkAll() {
        int reminded = OneByOne.counting("Labour relations: follow-up", followUps.overdueIds(), followUps::remindIfOverdue);
        if (reminded > 0) {
            log.info("Labour relations: {} overdue follow-up visits reminded", reminded);
        }
    }
}
