package org.workershome.training.record;

import java.time.Instant;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.org.OrgDirectory;
import org.workershome.training.course.Course;
import org.workershome.training.course.CourseManagement;
import org.workershome.training.session.TrainingSession;
import org.workershome.training.session.TrainingSessionManagement;

/** The training contract of mobile clients: courses with their lessons, offline sessions, one's record (read only). */
@RestController
@RequestMapping("/api/v1/training")
class TrainingApi {

    private final CourseManagement courses;
    private final TrainingSessionManagement sessions;
    private final TrainingRecords records;
    private final OrgDirectory orgs;

    TrainingApi(CourseManagement courses, TrainingSessionManagement sessions, TrainingRecords records,
            OrgDirectory orgs) {
        this.courses = courses;
        this.sessions = sessions;
        this.records = records;
        this.orgs = orgs;
    }

    record CourseView(Long id, String title, String summary, Long orgId, String orgName, String occupation,
            int creditHours, boolean selfEnrol, int quizSize, int passMark, int timeLimitMinutes, int maxAttempts,
            List<LessonView> lessons) {}

    record LessonView(Long id, int position, String title, String kind, Long sessionId) {}

    record SessionView(Long id, String title, Instant startsAt, Instant endsAt, String place, String trainer,
            int capacity, Long courseId) {}

    record RecordView(int creditHours, long completed, List<TrainingRecords.Line> courses, List<String> certificates,
            int sessionsAttended, double sessionHours) {}

    @GetMapping("/courses")
    List<CourseView> courses() {
        return courses.list().stream().map(c -> view(c, List.of())).toList();
    }

    @GetMapping("/courses/{id}")
    CourseView course(@PathVariable Long id) {
        Course course = courses.get(id);
        return view(course, courses.lessons(id).stream()
                .map(l -> new LessonView(l.getId(), l.getPosition(), l.getTitle(), l.getKind().name(), l.getSessionId()))
                .toList());
    }

    @GetMapping("/sessions")
    List<SessionView> sessions() {
        return sessions.list().stream().map(TrainingApi::view).toList();
    }

    @GetMapping("/record")
    RecordView record(@AuthenticationPrincipal CurrentUser user) {
        TrainingRecords.Record record = records.of(user);
        return new RecordView(record.hours(), record.completed(), record.courses(),
                record.certificates().stream().map(c -> c.getCode()).toList(), record.sessions().size(),
                record.sessionHours());
    }

    private CourseView view(Course c, List<LessonView> lessons) {
        return new CourseView(c.getId(), c.getTitle(), c.getSummary(), c.getOrgId(), orgs.nameOf(c.getOrgId()),
                c.getOccupation(), c.getCreditHours(), c.isSelfEnrol(), c.getQuizSize(), c.getPassMark(),
                c.getTimeLimitMinutes(), c.getMaxAttempts(), lessons);
    }

    private static SessionView view(TrainingSession s) {
        return new SessionView(s.getId(), s.getTitle(), s.getStartsAt(), s.getEndsAt(), s.getPlace(), s.getTrainer(),
                s.getCapacity(), s.getCourseId());
    }
}
