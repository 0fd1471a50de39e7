package org.workershome.appeals;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.notification.Text;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.org.OrgDirectory.OrgSummary;
import org.workershome.core.workflow.Timeline;

/**
 * What time does to appeals, one appeal at a time, run by {@link AppealDeadlineJob}: an overdue one goes a level up
 * (督办), one near its deadline warns its handlers once, a reply nobody answered closes by itself.
 */
@Service
public class AppealTimers {

    private final Appeals appeals;
    private final AppealCategories categories;
    private final OrgDirectory orgs;
    private final Timeline timeline;
    private final AppealDeadlineRules deadlines;
    private final ApplicationEventPublisher events;
    private final AppealsProperties properties;
    private final Clock clock;

    AppealTimers(Appeals appeals, AppealCategories categories, OrgDirectory orgs, Timeline timeline,
            AppealDeadlineRules deadlines, ApplicationEventPublisher events, AppealsProperties properties, Clock clock) {
        this.appeals = appeals;
        this.categories = categories;
        this.orgs = orgs;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Escalates one overdue appeal one level up; at the national level it stays supervised there. */
    @Transactional
    public void escalateIfOverdue(Long appealId) {
        Appeal appeal = appeals.findById(appealId).orElse(null);
        Instant now = clock.instant();
        if (appeal == null || !appeal.getStatus().isOpen() || !appeal.isOverdue(now)) {
            return;
        }
        Long current = appeal.getEscalatedToOrgId() != null ? appeal.getEscalatedToOrgId() : appeal.getOrgId();
        Long parent = orgs.parentOf(current).map(OrgSummary::id).orElse(null);
        if (parent == null) {
            appeal.markOverdueAtTop();
            return;
        }
        AppealCategory category = categories.findById(appeal.getCategory()).orElseThrow();
        appeal.escalate(parent, now, deadlines.deadline(now, category.getFirstResponseDays()));
        timeline.recordWithText(AppealManagement.TARGET, appeal.getId(), appeal.getOrgId(), AppealAction.ESCALATED,
                appeal.getStatus(), appeal.getStatus(),
                Text.of("appeal.timeline.escalatedTo", orgs.find(parent).map(OrgSummary::name).orElse("")));
        events.publishEvent(new AppealEscalated(AppealFacts.of(appeal), current, parent));
    }

    /** Tells the handlers once when 80 % of the time to the deadline has passed. */
    @Transactional
    public void warnIfNearlyDue(Long appealId) {
        Appeal appeal = appeals.findById(appealId).orElse(null);
        if (appeal == null || !appeal.needsWarning(clock.instant())) {
            return;
        }
        appeal.markWarned();
        Long handlingOrg = appeal.getEscalatedToOrgId() != null ? appeal.getEscalatedToOrgId() : appeal.getOrgId();
        events.publishEvent(new AppealNearlyDue(AppealFacts.of(appeal), handlingOrg));
    }

    /** A reply the worker neither confirmed nor contested within the configured days closes by itself. */
    @Transactional
    public void autoCloseIfStale(Long appealId) {
        Appeal appeal = appeals.findById(appealId).orElse(null);
        Instant now = clock.instant();
        if (appeal == null || appeal.getStatus() != AppealStatus.REPLIED
                || appeal.getRepliedAt().plus(properties.autoCloseAfter()).isAfter(now)) {
            return;
        }
        AppealStatus from = appeal.autoClose(now);
        timeline.record(AppealManagement.TARGET, appeal.getId(), appeal.getOrgId(), AppealAction.AUTO_CLOSE, from, appeal.getStatus(), null);
        events.publishEvent(new AppealClosed(AppealFacts.of(appeal), AppealAction.AUTO_CLOSE));
    }
}
