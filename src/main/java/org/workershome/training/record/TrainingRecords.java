package org.workershome.training.record;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.certificate.Certificate;
import org.workershome.core.certificate.Certificates;
import org.workershome.training.course.Course;
import org.workershome.training.course.CourseManagement;
import org.workershome.training.course.Enrolment;
import org.workershome.training.course.Learning;
import org.workershome.training.session.TrainingSession;
import org.workershome.training.session.TrainingSessionManagement;
import org.workershome.training.skill.SkillManagement;
import org.workershome.training.skill.SkillRecord;

/** A person's training record: courses with their progress, credit hours of completed courses, certificates. */
@Component
public class TrainingRecords {

    /** One course of the record. */
    public record Line(Long courseId, String title, int creditHours, boolean completed, String certificateCode,
            int done) {}

    /** The record as /me shows it. */
    public record Record(List<Line> courses, int hours, long completed, List<Certificate> certificates,
            List<TrainingSession> sessions, List<SkillRecord> skills) {

        /** Hours at offline sessions attended (the course hours are credit hours, counted apart). */
        public double sessionHours() {
            return sessions.stream().mapToDouble(TrainingSession::hours).sum();
        }
    }

    private final Learning learning;
    private final CourseManagement courses;
    private final Certificates certificates;
    private final TrainingSessionManagement sessions;
    private final SkillManagement skills;

    TrainingRecords(Learning learning, CourseManagement courses, Certificates certificates,
            TrainingSessionManagement sessions, SkillManagement skills) {
        this.sessions = sessions;
        this.skills = skills;
        this.learning = learning;
        this.courses = courses;
        this.certificates = certificates;
    }

    @Transactional(readOnly = true)
    public Record of(CurrentUser user) {
        List<Line> lines = learning.mine(user).stream().map(this::line).filter(l -> l != null).toList();
        int hours = lines.stream().filter(Line::completed).mapToInt(Line::creditHours).sum();
        List<Certificate> held = certificates.heldBy(user.memberId()).stream()
                .filter(c -> Learning.SOURCE.equals(c.getSourceModule())).toList();
        List<TrainingSession> attended = sessions.attended(user);
        List<SkillRecord> levels = user.memberId() == null ? List.of()
                : skills.paths(user, user.memberId()).stream().map(SkillManagement.Path::record).toList();
        return new Record(lines, hours, lines.stream().filter(Line::completed).count(), held, attended, levels);
    }

    private Line line(Enrolment e) {
        return courses.visible(e.getCourseId()).map((Course c) -> new Line(c.getId(), c.getTitle(),
                c.getCreditHours(), e.isCompleted(), e.getCertificateCode(), e.getDoneCount())).orElse(null);
    }
}
