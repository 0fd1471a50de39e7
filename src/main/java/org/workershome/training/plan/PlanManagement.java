package org.workershome.training.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.PermissionHolders;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.notification.Notifications;
import org.workershome.core.notification.Text;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.time.Times;
import org.workershome.training.TrainingModule;
import org.workershome.training.course.Course;
import org.workershome.training.course.CourseManagement;
import org.workershome.training.course.Enrolment;
import org.workershome.training.course.Learning;

/**
 * Required plans for cadres: assigning one enrols every cadre (holder of {@link TrainingModule#TAKE_PLAN}) of the
 * org's subtree with the deadline and tells them; its completion is read from those enrolments.
 */
@Service
public class PlanManagement {

    /** How a plan stands: cadres held, completed, overdue. */
    public record Progress(RequiredPlan plan, String courseTitle, List<Enrolment> learners, long completed,
            long overdue) {}

    static final int NEAR_DAYS = 3;

    private final RequiredPlans plans;
    private final CourseManagement courses;
    private final Learning learning;
    private final Access access;
    private final PermissionHolders holders;
    private final OrgDirectory orgs;
    private final Notifications notifications;
    private final Clock clock;

    PlanManagement(RequiredPlans plans, CourseManagement courses, Learning learning, Access access,
            PermissionHolders holders, OrgDirectory orgs, Notifications notifications, Clock clock) {
        this.plans = plans;
        this.courses = courses;
        this.learning = learning;
        this.access = access;
        this.holders = holders;
        this.orgs = orgs;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public RequiredPlan assign(CurrentUser user, Long orgId, Long courseId, String title, LocalDate dueOn) {
        access.require(user, TrainingModule.MANAGE, orgId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (title == null || title.isBlank() || title.length() > 200) {
            errors.put("title", "training.plan.title.required");
        }
        if (dueOn == null || dueOn.isBefore(today())) {
            errors.put("dueOn", "training.plan.dueOn.future");
        }
        if (courseId == null || courses.visible(courseId).isEmpty()) {
            errors.put("courseId", "training.plan.course.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Course course = courses.get(courseId);
        RequiredPlan plan = plans.save(new RequiredPlan(orgId, courseId, title.strip(), dueOn, user.accountId(),
                clock.instant()));
        for (PermissionHolders.Holder cadre : holders.anywhere(TrainingModule.TAKE_PLAN)) {
            if (cadre.orgId() != null && orgs.isWithin(cadre.orgId(), orgId)) {
                learning.require(courseId, plan.getId(), dueOn, cadre.accountId(), cadre.orgId(),
                        cadre.name() == null ? "#" + cadre.accountId() : cadre.name());
                notifications.notify(cadre.accountId(), Text.of("training.notify.plan.subject"),
                        Text.of("training.notify.plan.body", course.getTitle(), dueOn.toString()),
                        "/training/courses/" + courseId);
            }
        }
        return plan;
    }

    @Transactional(readOnly = true)
    public List<Progress> list() {
        return plans.findAllByOrderByDueOnDesc().stream().map(this::progress).toList();
    }

    @Transactional(readOnly = true)
    public Progress get(Long id) {
        return progress(plans.findById(id).orElseThrow(NotFound.of("plan", id)));
    }

    /** The reminder of one enrolment of a plan: near its date (once), then past it (once). For the job. */
    @Transactional
    public void remindIfDue(Long enrolmentId) {
        Enrolment enrolment = learning.enrolment(enrolmentId);
        if (enrolment.isCompleted() || enrolment.getDueOn() == null || enrolment.getAccountId() == null) {
            return;
        }
        boolean overdue = enrolment.isOverdue(today());
        if (!enrolment.remind(overdue)) {
            return;
        }
        String title = courses.visible(enrolment.getCourseId()).map(Course::getTitle).orElse("");
        notifications.notify(enrolment.getAccountId(),
                Text.of(overdue ? "training.notify.overdue.subject" : "training.notify.near.subject"),
                Text.of(overdue ? "training.notify.overdue.body" : "training.notify.near.body", title,
                        enrolment.getDueOn().toString()),
                "/training/courses/" + enrolment.getCourseId());
    }

    /** Enrolments of plans due within {@link #NEAR_DAYS} days or past due, not completed (for the job). */
    @Transactional(readOnly = true)
    public List<Long> dueForReminder() {
        return learning.dueBy(today().plusDays(NEAR_DAYS));
    }

    private Progress progress(RequiredPlan plan) {
        List<Enrolment> held = learning.ofPlan(plan.getId());
        LocalDate today = today();
        return new Progress(plan, courses.visible(plan.getCourseId()).map(Course::getTitle).orElse(""), held,
                held.stream().filter(Enrolment::isCompleted).count(),
                held.stream().filter(e -> e.isOverdue(today)).count());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Times.ZONE);
    }
}
