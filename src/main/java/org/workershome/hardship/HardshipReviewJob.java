package org.workershome.hardship;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.workershome.core.db.OneByOne;
import org.workershome.core.scope.Scopes;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The yearly review (年审) by itself: shortly after start and then every hour, approved files whose approval or last
 * completed review is {@code workers-home.hardship.review-after} old go into UNDER_REVIEW, and the cadres of files
 * due within {@code review-reminder-days} are reminded. Each file in its own transaction, so one failure does not
 * stop the rest; ShedLock makes one node of several do it.
 */
@Component
class HardshipReviewJob {

    private static final Logger log = LoggerFactory.getLogger(HardshipReviewJob.class);

    private final HardshipFiles files;
    private final HardshipReviews reviews;
    private final HardshipProperties properties;
    private final Clock clock;

    HardshipReviewJob(HardshipFiles files, HardshipReviews reviews, HardshipProperties properties, Clock clock) {
        this.files = files;
        this.reviews = reviews;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${workers-home.hardship.review-check-initial-delay:PT30S}",
            fixedDelayString = "${workers-home.hardship.review-check-interval:PT1H}")
    @SchedulerLock(name = "hardship-review", lockAtMostFor = "PT30M")
    void run() {
        Scopes.asSystem(this::checkAll);
    }

    /** One pass; also called by tests (inside {@code Scopes.asSystem}) after moving the clock. */
    void checkAll() {
        Instant now = clock.instant();
        int started = OneByOne.counting("Hardship file",
                files.approvedNotReviewedSince(now.minus(properties.reviewAfter())), reviews::startReviewIfDue);
        int reminded = properties.reviewReminderDays() <= 0 ? 0
                : OneByOne.counting("Hardship file", files.approvedNotReviewedSince(now.minus(properties.reviewAfter())
                        .plus(Duration.ofDays(properties.reviewReminderDays()))), reviews::remindReviewIfDue);
        if (started + reminded > 0) {
            log.info("Hardship review: {} files put under review, {} reminders", started, reminded);
        }
    }
}
