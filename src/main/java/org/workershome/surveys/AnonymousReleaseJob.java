package org.workershome.surveys;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.workershome.core.db.OneByOne;
import org.workershome.core.scope.Scopes;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Releases waiting anonymous responses every minute, one survey per transaction; ShedLock: one node does it. */
@Component
class AnonymousReleaseJob {

    private static final Logger log = LoggerFactory.getLogger(AnonymousReleaseJob.class);

    private final AnonymousRelease release;

    AnonymousReleaseJob(AnonymousRelease release) {
        this.release = release;
    }

    @Scheduled(initialDelayString = "${workers-home.surveys.check-initial-delay:PT45S}",
            fixedDelayString = "${workers-home.surveys.release-interval:PT1M}")
    @SchedulerLock(name = "surveys-anonymous-release", lockAtMostFor = "PT10M")
    void run() {
        Scopes.asSystem(this::releaseAll);
    }

    /** One pass; also called by tests. Answers for how many surveys responses were released. */
    int releaseAll() {
        int released = OneByOne.counting("Surveys: anonymous release", release.surveysWaiting(), release::releaseIfDue);
        if (released > 0) {
            log.info("Surveys: anonymous responses of {} surveys released", released);
        }
        return released;
    }
}
