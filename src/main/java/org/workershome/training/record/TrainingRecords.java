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

/** A person's training record: courses with their progress, credit hours of completed courses, certificates. */
@Component
public class TrainingRecords {

    /** One course of the record. */
    public record Line(Long courseId, String title, int creditHours, boolean completed, String certificateCode,
            int done) {}

    /** The record as /me shows it. */
    public record Record(List<Line> courses, int hours, long completed, List<Certificate> certificates) {}

    private final Learning learning;
    private final CourseManagement courses;
    private final Certificates certificates;

    TrainingRecords(Learning learning, CourseManagement courses, Certificates certificates) {
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
        return new Record(lines, hours, lines.stream().filter(Line::completed).count(), held);
    }

    private Line line(Enrolment e) {
        return courses.visible(e.getCourseId()).map((Course c) -> new Line(c.getId(), c.getTitle(),
                c.getCreditHours(), e.isCompleted(), e.getCertificateCode(), e.getDoneCount())).orElse(null);
    }
}
