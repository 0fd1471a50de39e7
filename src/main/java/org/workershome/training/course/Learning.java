package org.workershome.training.course;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.certificate.Certificate;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.NotFound;
import org.workershome.core.member.MemberDirectory;
import org.workershome.training.CourseCompleted;
import org.workershome.training.TrainingModule;

/**
 * A learner's way through a course: enrolment (by himself when the course is open and its prerequisites are done, or
 * by a cadre for an org's members), lessons done, and completion — every lesson done and the quiz (if any) passed —
 * which issues the certificate and tells the listeners, in the same transaction.
 */
@Service
public class Learning {

    public static final String SOURCE = "training";

    private final Enrolments enrolments;
    private final Lessons lessons;
    private final CourseManagement courses;
    private final Access access;
    private final MemberDirectory members;
    private final Learners learners;
    private final CourseCertifier certifier;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Learning(Enrolments enrolments, Lessons lessons, CourseManagement courses, Access access, MemberDirectory members,
            Learners learners, CourseCertifier certifier, ApplicationEventPublisher events, Clock clock) {
        this.enrolments = enrolments;
        this.lessons = lessons;
        this.courses = courses;
        this.access = access;
        this.members = members;
        this.learners = learners;
        this.certifier = certifier;
        this.events = events;
        this.clock = clock;
    }

    /** The user's own enrolment, if any. */
    @Transactional(readOnly = true)
    public Optional<Enrolment> of(CurrentUser user, Long courseId) {
        return user.memberId() != null ? enrolments.findByCourseIdAndMemberId(courseId, user.memberId())
                : enrolments.findByCourseIdAndAccountId(courseId, user.accountId());
    }

    /** The user's enrolment, or 409 "enrol first". */
    @Transactional(readOnly = true)
    public Enrolment required(CurrentUser user, Long courseId) {
        return of(user, courseId).orElseThrow(() -> new Conflict("training.error.notEnrolled"));
    }

    /** The user enrols himself: the course must be open to self-enrolment and its prerequisites completed. */
    @Transactional
    public Enrolment enrol(CurrentUser user, Long courseId) {
        Course course = courses.get(courseId);
        Optional<Enrolment> existing = of(user, courseId);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!course.isSelfEnrol()) {
            throw new Conflict("training.error.notSelfEnrol");
        }
        List<String> missing = missingPrerequisites(user, course);
        if (!missing.isEmpty()) {
            throw new Conflict("training.error.prerequisites", String.join("、", missing));
        }
        return enrolments.save(new Enrolment(courseId, learners.orgOf(user), user.accountId(), user.memberId(),
                learners.nameOf(user), clock.instant()));
    }

    /** The titles of the prerequisites the user has not completed. */
    @Transactional(readOnly = true)
    public List<String> missingPrerequisites(CurrentUser user, Course course) {
        return course.getPrerequisites().stream()
                .filter(p -> of(user, p).map(e -> !e.isCompleted()).orElse(true))
                .map(p -> courses.visible(p).map(Course::getTitle).orElse("#" + p)).toList();
    }

    /** A cadre enrols every active member of an org in his scope (those enrolled already are left as they are). */
    @Transactional
    public int enrolMembers(CurrentUser user, Long courseId, Long orgId) {
        courses.get(courseId);
        access.require(user, TrainingModule.MANAGE, orgId);
        int added = 0;
        for (MemberDirectory.MemberSummary member : members.activeInSubtree(orgId)) {
            if (enrolments.findByCourseIdAndMemberId(courseId, member.id()).isEmpty()) {
                enrolments.save(new Enrolment(courseId, member.orgId(), null, member.id(), member.name(),
                        clock.instant()));
                added++;
            }
        }
        return added;
    }

    /** A learner held to a course by a required plan (its assigner acting): enrolled, with the plan's deadline. */
    @Transactional
    public Enrolment require(Long courseId, Long planId, java.time.LocalDate dueOn, Long accountId, Long orgId,
            String name) {
        Enrolment enrolment = enrolments.findByCourseIdAndAccountId(courseId, accountId)
                .orElseGet(() -> enrolments.save(new Enrolment(courseId, orgId, accountId, null, name, clock.instant())));
        enrolment.requireBy(planId, dueOn);
        return enrolment;
    }

    /** The learners a plan holds, whom the caller's scope shows. */
    @Transactional(readOnly = true)
    public List<Enrolment> ofPlan(Long planId) {
        return enrolments.findByPlanIdOrderByOrgIdAscLearnerNameAsc(planId);
    }

    /** Enrolments of a required plan not completed and due by this day (the reminder job, as the system). */
    @Transactional(readOnly = true)
    public List<Long> dueBy(java.time.LocalDate day) {
        return enrolments.findByDueOnLessThanEqualAndCompletedAtIsNull(day).stream().map(Enrolment::getId).toList();
    }

    /** The learner read or watched a lesson (not a session: its attendance counts, see {@link #attended}). */
    @Transactional
    public Enrolment markDone(CurrentUser user, Long courseId, Long lessonId) {
        Lesson lesson = courses.lesson(courseId, lessonId);
        if (lesson.getKind() == LessonKind.SESSION) {
            throw new Conflict("training.error.sessionByAttendance");
        }
        Enrolment enrolment = required(user, courseId);
        enrolment.markDone(lessonId, clock.instant());
        completeIfDone(user, enrolment);
        return enrolment;
    }

    /** Attendance at an offline session completes the lesson it stands for, when the attendee is enrolled. */
    @Transactional
    public void attended(CurrentUser user, Long sessionId) {
        courses.lessonOfSession(sessionId).ifPresent(lesson -> of(user, lesson.getCourseId()).ifPresent(e -> {
            e.markDone(lesson.getId(), clock.instant());
            completeIfDone(user, e);
        }));
    }

    /** The quiz was passed: the course may be complete now. */
    @Transactional
    public void quizPassed(CurrentUser user, Enrolment enrolment) {
        enrolment.quizPassed(clock.instant());
        completeIfDone(user, enrolment);
    }

    @Transactional(readOnly = true)
    public Enrolment enrolment(Long id) {
        return enrolments.findById(id).orElseThrow(NotFound.of("enrolment", id));
    }

    /** The user's courses (for /me and the record). */
    @Transactional(readOnly = true)
    public List<Enrolment> mine(CurrentUser user) {
        return user.memberId() != null ? enrolments.findByMemberIdOrderByEnrolledAtDesc(user.memberId())
                : enrolments.findByAccountIdOrderByEnrolledAtDesc(user.accountId());
    }

    /** Everyone enrolled in a course whom the caller's scope shows. */
    @Transactional(readOnly = true)
    public List<Enrolment> learners(Long courseId) {
        courses.get(courseId);
        return enrolments.findByCourseIdOrderByLearnerName(courseId);
    }

    /** Every enrolment in the caller's scope (statistics, export). */
    @Transactional(readOnly = true)
    public List<Enrolment> inScope() {
        return enrolments.findAllByOrderByOrgIdAscLearnerNameAsc();
    }

    private void completeIfDone(CurrentUser user, Enrolment enrolment) {
        if (enrolment.isCompleted()) {
            return;
        }
        Course course = courses.get(enrolment.getCourseId());
        boolean lessonsDone = lessons.findByCourseIdOrderByPosition(course.getId()).stream()
                .allMatch(l -> enrolment.isDone(l.getId()));
        if (!lessonsDone || (course.hasQuiz() && enrolment.getQuizPassedAt() == null)) {
            return;
        }
        Certificate certificate = certifier.issue(user.accountId(), course, enrolment);
        enrolment.complete(clock.instant(), certificate.getCode());
        events.publishEvent(new CourseCompleted(course.getId(), enrolment.getId(), enrolment.getMemberId(),
                enrolment.getAccountId(), enrolment.getOrgId(), course.getCreditHours()));
    }
}
