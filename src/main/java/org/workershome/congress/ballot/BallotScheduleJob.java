package org.workershome.congress.ballot;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.workershome.core.scope.Scopes;

/** Opens ballots whose opening time has come (if the quorum is present) and closes those whose time is up. */
@Component
public class BallotScheduleJob {

    private static final Logger log = LoggerFactory.getLogger(BallotScheduleJob.class);

    private final Ballots ballots;
    private final BallotManagement management;
    private final Clock clock;

    BallotScheduleJob(Ballots ballots, BallotManagement management, Clock clock) {
        this.ballots = ballots;
        this.management = management;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${workers-home.congress.schedule-initial-delay:PT20S}",
            fixedDelayString = "${workers-home.congress.schedule-interval:PT30S}")
    @SchedulerLock(name = "congress-ballot-schedule", lockAtMostFor = "PT5M")
    void run() {
        Scopes.asSystem(this::applyAll);
    }

    /** One pass; also called by tests after moving the clock. */
    public void applyAll() {
        for (Long id : ballots.findDueIds(clock.instant())) {
            try {
                management.applySchedule(id);
            } catch (RuntimeException e) {
                // e.g. no quorum at the opening time: the chair opens it by hand later
                log.info("Ballot {} not opened/closed on schedule: {}", id, e.getMessage());
            }
        }
    }
}
