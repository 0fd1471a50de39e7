package org.workershome.training.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.files.AttachmentManagement;
import org.workershome.training.TrainingModule;

/**
 * A course's organisers change its lessons after the fact: the title and text, the order, and removing a lesson
 * nobody has done yet (once done it counts in learners' progress and completions, so it stays).
 */
@Service
public class LessonEditing {

    private final CourseManagement courses;
    private final Lessons lessons;
    private final Access access;
    private final AttachmentManagement attachments;

    LessonEditing(CourseManagement courses, Lessons lessons, Access access, AttachmentManagement attachments) {
        this.courses = courses;
        this.lessons = lessons;
        this.access = access;
        this.attachments = attachments;
    }

    /** New title and text (sanitised like a new lesson's); a text lesson keeps a text. */
    @Transactional
    public Lesson change(CurrentUser user, Long courseId, Long lessonId, String title, String body) {
        Lesson lesson = managed(user, courseId, lessonId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (title == null || title.isBlank() || title.length() > 200) {
            errors.put("title", "training.lesson.title.required");
        }
        if (lesson.getKind() == LessonKind.TEXT && (body == null || body.isBlank())) {
            errors.put("body", "training.lesson.body.required");
        }
        if (body != null && body.length() > 200_000) {
            errors.put("body", "training.lesson.body.size");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        lesson.change(title.strip(), body == null || body.isBlank() ? null : CourseManagement.html(body));
        return lesson;
    }

    /** Moves a lesson one place up or down, swapping with its neighbour; at either end nothing moves. */
    @Transactional
    public void move(CurrentUser user, Long courseId, Long lessonId, boolean up) {
        managed(user, courseId, lessonId);
        List<Lesson> all = new ArrayList<>(lessons.findByCourseIdOrderByPosition(courseId));
        int at = indexOf(all, lessonId);
        int to = up ? at - 1 : at + 1;
        if (to < 0 || to >= all.size()) {
            return;
        }
        all.add(to, all.remove(at));
        renumber(all);
    }

    /**
     * Removes a lesson nobody has done (409 otherwise), with its file, and closes the gap it leaves. A session's
     * lesson goes with its session, not here.
     */
    @Transactional
    public void remove(CurrentUser user, Long courseId, Long lessonId) {
        Lesson lesson = managed(user, courseId, lessonId);
        if (lessons.learnersDone(lessonId) > 0) {
            throw new Conflict("training.lesson.error.done");
        }
        if (lesson.getKind() == LessonKind.SESSION) {
            throw new Conflict("training.lesson.error.session");
        }
        attachments.removeAll(courses.lessonFiles(), lessonId);
        lessons.delete(lesson);
        List<Lesson> rest = new ArrayList<>(lessons.findByCourseIdOrderByPosition(courseId));
        rest.removeIf(l -> l.getId().equals(lessonId));
        renumber(rest);
    }

    private Lesson managed(CurrentUser user, Long courseId, Long lessonId) {
        Lesson lesson = courses.lesson(courseId, lessonId);
        access.require(user, TrainingModule.MANAGE, courses.get(courseId).getOrgId());
        return lesson;
    }

    private static int indexOf(List<Lesson> all, Long lessonId) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getId().equals(lessonId)) {
                return i;
            }
        }
        throw new IllegalStateException("lesson " + lessonId + " not in its course");
    }

    private static void renumber(List<Lesson> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
    }
}
