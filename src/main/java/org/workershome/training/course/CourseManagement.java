package org.workershome.training.course;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.files.AttachmentKind;
import org.workershome.core.files.AttachmentManagement;
import org.workershome.core.files.AttachmentTarget;
import org.workershome.core.files.UploadCheck;
import org.workershome.core.scope.Scopes;
import org.workershome.core.web.SafeHtml;
import org.workershome.training.TrainingModule;

/**
 * Organising courses: their terms, prerequisites and ordered lessons with their files. A course is read by the
 * subtree of its organiser: in one's scope, or organised above one's own org (cadres below the organiser take it
 * too) — the latter read as the system, for that reason only.
 */
@Service
public class CourseManagement {

    /** Lesson files: a video (MP4) or a PDF, up to 50 MB, one per lesson. */
    public static final UploadCheck LESSON_FILES = UploadCheck.of(
            java.util.EnumSet.of(UploadCheck.FileType.MP4, UploadCheck.FileType.PDF), 50L * 1024 * 1024);

    private final Courses courses;
    private final Lessons lessons;
    private final Access access;
    private final TrainingAudience audience;
    private final AttachmentManagement attachments;
    private final Clock clock;
    private final AttachmentKind lessonFiles;

    CourseManagement(Courses courses, Lessons lessons, Access access, TrainingAudience audience,
            AttachmentManagement attachments, Clock clock) {
        this.courses = courses;
        this.lessons = lessons;
        this.access = access;
        this.audience = audience;
        this.attachments = attachments;
        this.clock = clock;
        this.lessonFiles = AttachmentKind.of("training-lesson", LESSON_FILES, 1,
                id -> lessons.findById(id).flatMap(l -> visible(l.getCourseId()))
                        .map(c -> new AttachmentTarget(id, c.getOrgId(), null)));
    }

    public AttachmentKind lessonFiles() {
        return lessonFiles;
    }

    @Transactional
    public Course create(CurrentUser user, Long orgId, CourseDraft draft) {
        access.require(user, TrainingModule.MANAGE, orgId);
        draft.check();
        checkPrerequisites(null, draft);
        return courses.save(new Course(orgId, draft, clock.instant()));
    }

    @Transactional
    public Course edit(CurrentUser user, Long id, CourseDraft draft) {
        Course course = get(id);
        access.require(user, TrainingModule.MANAGE, course.getOrgId());
        draft.check();
        checkPrerequisites(id, draft);
        course.apply(draft);
        return course;
    }

    /** Adds a lesson at the end; a VIDEO or PDF lesson carries its checked file, a SESSION lesson its session. */
    @Transactional
    public Lesson addLesson(CurrentUser user, Long courseId, String title, LessonKind kind, String body,
            UploadCheck.Upload file, Long sessionId) {
        Course course = get(courseId);
        access.require(user, TrainingModule.MANAGE, course.getOrgId());
        Map<String, String> errors = new LinkedHashMap<>();
        if (title == null || title.isBlank() || title.length() > 200) {
            errors.put("title", "training.lesson.title.required");
        }
        if (kind == null) {
            errors.put("kind", "training.lesson.kind.required");
        } else if (kind == LessonKind.TEXT && (body == null || body.isBlank())) {
            errors.put("body", "training.lesson.body.required");
        } else if ((kind == LessonKind.VIDEO && (file == null || file.type() != UploadCheck.FileType.MP4))
                || (kind == LessonKind.PDF && (file == null || file.type() != UploadCheck.FileType.PDF))) {
            errors.put("file", "training.lesson.file.required");
        } else if (kind == LessonKind.SESSION && sessionId == null) {
            errors.put("sessionId", "training.lesson.session.required");
        }
        if (body != null && body.length() > 200_000) {
            errors.put("body", "training.lesson.body.size");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        int position = (int) lessons.countByCourseId(courseId) + 1;
        Lesson lesson = lessons.save(new Lesson(courseId, position, title.strip(), kind,
                body == null || body.isBlank() ? null : html(body),
                kind == LessonKind.SESSION ? sessionId : null));
        if (file != null && (kind == LessonKind.VIDEO || kind == LessonKind.PDF)) {
            attachments.attach(user, lessonFiles, lesson.getId(), file);
        }
        return lesson;
    }

    /** A course the caller may see (404 otherwise). */
    @Transactional(readOnly = true)
    public Course get(Long id) {
        return visible(id).orElseThrow(NotFound.of("course", id));
    }

    @Transactional(readOnly = true)
    public Optional<Course> visible(Long id) {
        return courses.findById(id).or(() -> Scopes.asSystem(() -> courses.findById(id))
                .filter(c -> audience.aboveCaller().contains(c.getOrgId())));
    }

    /** What the caller sees: courses in his scope and those organised above his org, newest first. */
    @Transactional(readOnly = true)
    public List<Course> list() {
        Map<Long, Course> all = new LinkedHashMap<>();
        courses.findAllByOrderByCreatedAtDesc().forEach(c -> all.put(c.getId(), c));
        List<Long> above = audience.aboveCaller();
        if (!above.isEmpty()) {
            Scopes.asSystem(() -> courses.findByOrgIdInOrderByCreatedAtDesc(above))
                    .forEach(c -> all.putIfAbsent(c.getId(), c));
        }
        return all.values().stream().sorted(Comparator.comparing(Course::getCreatedAt).reversed()
                .thenComparing(Course::getId, Comparator.reverseOrder())).toList();
    }

    /** Whether the user organises this course (may change it, see everyone's progress). */
    public boolean organises(CurrentUser user, Course course) {
        return access.may(user, TrainingModule.MANAGE, course.getOrgId());
    }

    @Transactional(readOnly = true)
    public List<Lesson> lessons(Long courseId) {
        get(courseId);
        return lessons.findByCourseIdOrderByPosition(courseId);
    }

    /** A lesson of a visible course (404 otherwise). */
    @Transactional(readOnly = true)
    public Lesson lesson(Long courseId, Long lessonId) {
        get(courseId);
        return lessons.findById(lessonId).filter(l -> l.getCourseId().equals(courseId))
                .orElseThrow(NotFound.of("lesson", lessonId));
    }

    /** The lesson an offline session stands for in a blended course, if any. */
    @Transactional(readOnly = true)
    public Optional<Lesson> lessonOfSession(Long sessionId) {
        return lessons.findBySessionId(sessionId);
    }

    /**
     * A lesson's text as stored: rich text (what the editor pastes) through the platform's sanitiser, with no
     * pictures of elsewhere; plain text as escaped paragraphs.
     */
    static String html(String body) {
        return body.contains("<") ? SafeHtml.clean(body, src -> null) : SafeHtml.fromText(body);
    }

    private void checkPrerequisites(Long self, CourseDraft draft) {
        for (Long prerequisite : draft.prerequisites()) {
            if (prerequisite.equals(self) || visible(prerequisite).isEmpty()) {
                throw InvalidInput.field("prerequisites", "training.course.prerequisite.unknown");
            }
        }
    }
}
