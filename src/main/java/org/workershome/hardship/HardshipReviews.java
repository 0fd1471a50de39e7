package org.workershome.hardship;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.OutOfScope;
import org.workershome.core.time.Times;
import org.workershome.core.notification.Text;
import org.workershome.core.workflow.Timeline;

/**
 * The yearly review (年审): the job's steps (put a file under review when due, remind its handlers before) and the
 * household as a handler finds it at review.
 */
@Service
public class HardshipReviews {

    private static final String TARGET = HardshipApplications.TARGET;

    private final HardshipFiles files;
    private final HouseholdMembers household;
    private final HardshipFileAccess fileAccess;
    private final HardshipApplications applications;
    private final PovertyLineManagement povertyLines;
    private final Timeline timeline;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final HardshipProperties properties;
    private final Clock clock;

    HardshipReviews(HardshipFiles files, HouseholdMembers household, HardshipFileAccess fileAccess,
            HardshipApplications applications, PovertyLineManagement povertyLines, Timeline timeline, AuditTrail audit,
            ApplicationEventPublisher events, EntityManager entityManager, HardshipProperties properties, Clock clock) {
        this.files = files;
        this.household = household;
        this.fileAccess = fileAccess;
        this.applications = applications;
        this.povertyLines = povertyLines;
        this.timeline = timeline;
        this.audit = audit;
        this.events = events;
        this.entityManager = entityManager;
        this.properties = properties;
        this.clock = clock;
    }

    /** The household as found at review: size, income per person and (optionally) the persons, replacing them. */
    public record ReviewUpdate(Integer householdSize, BigDecimal monthlyIncomePerCapita,
            List<HardshipApplications.Person> household) {}

    /**
     * At review a handler records the household as found: size, income per person and the persons (all encrypted
     * as on application). The eligibility hint is recomputed against the region's 低保线; the change goes to the
     * timeline (without personal data) and to the audit log. Only while the file is UNDER_REVIEW (409).
     */
    @Transactional
    public HardshipFile updateAtReview(CurrentUser user, Long id, ReviewUpdate update) {
        HardshipFile file = fileAccess.get(id);
        if (!fileAccess.mayHandle(user, file)) {
            throw new OutOfScope();
        }
        if (file.getStatus() != HardshipStatus.UNDER_REVIEW) {
            throw new Conflict("hardship.error.notUnderReview");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Integer size = update.householdSize();
        if (HardshipApplications.invalidSize(size)) {
            errors.put("householdSize", "hardship.householdSize.range");
        }
        if (HardshipApplications.invalidIncome(update.monthlyIncomePerCapita())) {
            errors.put("monthlyIncomePerCapita", "hardship.income.invalid");
        }
        List<HardshipApplications.Person> people = update.household();
        if (people != null) {
            HardshipApplications.checkPeople(people, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        BigDecimal income = update.monthlyIncomePerCapita().setScale(2);
        boolean wasBelow = file.isBelowPovertyLine();
        int oldSize = file.getHouseholdSize();
        boolean below = income.compareTo(povertyLines.lineFor(file.getOrgId()).getMonthlyLine()) < 0;
        file.updateHousehold(size, income, below);
        if (people != null) {
            household.deleteAll(household.findByFileIdOrderById(file.getId()));
            applications.savePeople(file, people);
        }
        Text summary = Text.of("hardship.review.updated", oldSize, size,
                Text.of(wasBelow ? "hardship.belowLine.yes" : "hardship.belowLine.no"),
                Text.of(below ? "hardship.belowLine.yes" : "hardship.belowLine.no"));
        audit.record("HARDSHIP_HOUSEHOLD_UPDATE", TARGET, file.getId(), file.getOrgId(),
                "householdSize " + oldSize + "->" + size + ", income changed (encrypted), belowPovertyLine "
                        + wasBelow + "->" + below + (people == null ? "" : ", " + people.size() + " persons"));
        timeline.recordWithText(TARGET, file.getId(), file.getOrgId(), HardshipAction.UPDATE_HOUSEHOLD,
                file.getStatus(), file.getStatus(), summary);
        entityManager.flush();
        return file;
    }

    /**
     * The job's step for one file: an APPROVED file whose approval or last completed review is at least
     * {@code review-after} old goes into UNDER_REVIEW; the timeline says so and the file org's handlers are told.
     * Runs as the system (no user); checks again, so a file changed meanwhile is left alone.
     */
    @Transactional
    public boolean startReviewIfDue(Long id) {
        HardshipFile file = files.findById(id).orElse(null);
        Instant now = clock.instant();
        if (file == null || file.getStatus() != HardshipStatus.APPROVED) {
            return false;
        }
        Instant due = file.reviewDueAt(properties.reviewAfter());
        if (due == null || due.isAfter(now)) {
            return false;
        }
        HardshipStatus from = file.startReview(now);
        timeline.recordWithText(TARGET, file.getId(), file.getOrgId(), HardshipAction.REVIEW, from, file.getStatus(),
                Text.of("hardship.review.auto"));
        entityManager.flush();
        events.publishEvent(new HardshipReviewStarted(file.getId(), file.getFileNo(), file.getOrgId(),
                file.getMemberId(), file.getStatus()));
        return true;
    }

    /**
     * The reminder, {@code review-reminder-days} before the review falls due, to the handlers of the file's org;
     * once per review cycle (recorded on the file and the timeline).
     */
    @Transactional
    public boolean remindReviewIfDue(Long id) {
        HardshipFile file = files.findById(id).orElse(null);
        Instant now = clock.instant();
        if (file == null || file.getStatus() != HardshipStatus.APPROVED || file.isReminded()
                || properties.reviewReminderDays() <= 0) {
            return false;
        }
        Instant due = file.reviewDueAt(properties.reviewAfter());
        if (due == null || due.minus(Duration.ofDays(properties.reviewReminderDays())).isAfter(now)
                || !due.isAfter(now)) {
            return false;
        }
        file.markReminded(now);
        String day = LocalDate.ofInstant(due, Times.ZONE).toString();
        timeline.recordWithText(TARGET, file.getId(), file.getOrgId(), HardshipAction.REMIND_REVIEW, file.getStatus(),
                file.getStatus(), Text.of("hardship.review.reminded", day));
        entityManager.flush();
        events.publishEvent(new HardshipReviewDue(file.getId(), file.getFileNo(), file.getOrgId(),
                LocalDate.ofInstant(due, Times.ZONE)));
        return true;
    }
}
