package org.workershome.training.course;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.NotFound;
import org.workershome.core.files.AttachmentManagement;
import org.workershome.core.files.AttachmentStreams;
import org.workershome.core.files.UploadCheck;
import org.workershome.core.form.Forms;

/**
 * A lesson's page (text, video or PDF), marking it done, its file played with byte ranges; for organisers adding,
 * changing, moving and removing lessons.
 */
@Controller
@RequestMapping("/training/courses/{courseId}/lessons")
class LessonController {

    private final CourseManagement courses;
    private final LessonEditing editing;
    private final Learning learning;
    private final CoursePage page;
    private final AttachmentManagement attachments;
    private final AttachmentStreams streams;
    private final Forms forms;

    LessonController(CourseManagement courses, LessonEditing editing, Learning learning, CoursePage page, AttachmentManagement attachments,
            AttachmentStreams streams, Forms forms) {
        this.courses = courses;
        this.editing = editing;
        this.learning = learning;
        this.page = page;
        this.attachments = attachments;
        this.streams = streams;
        this.forms = forms;
    }

    @PostMapping
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable Long courseId, @RequestParam String title,
            @RequestParam(required = false) LessonKind kind, @RequestParam(required = false) String body,
            @RequestParam(name = UploadCheck.FIELD, required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> {
            UploadCheck.Upload upload = file == null || file.isEmpty() ? null
                    : attachments.check(courses.lessonFiles(), file);
            courses.addLesson(user, courseId, title, kind, body, upload, null);
        }, "training.lesson.added", "/training/courses/" + courseId, () -> coursePage(user, courseId, model));
    }

    @GetMapping("/{lessonId}")
    String lesson(@AuthenticationPrincipal CurrentUser user, @PathVariable Long courseId, @PathVariable Long lessonId,
            Model model) {
        Lesson lesson = courses.lesson(courseId, lessonId);
        model.addAttribute("course", courses.get(courseId));
        model.addAttribute("lesson", lesson);
        model.addAttribute("file", attachments.of(courses.lessonFiles(), lessonId).stream().findFirst().orElse(null));
        model.addAttribute("enrolment", learning.of(user, courseId).orElse(null));
        model.addAttribute("next", courses.lessons(courseId).stream()
                .filter(l -> l.getPosition() == lesson.getPosition() + 1).findFirst().orElse(null));
        return "training/lesson";
    }

    @GetMapping("/{lessonId}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long courseId, @PathVariable Long lessonId,
            Model model) {
        Course course = courses.get(courseId);
        if (!courses.organises(user, course)) {
            throw new NotFound("lesson", lessonId);
        }
        model.addAttribute("course", course);
        model.addAttribute("lesson", courses.lesson(courseId, lessonId));
        return "training/lesson-edit";
    }

    @PostMapping("/{lessonId}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long courseId, @PathVariable Long lessonId,
            @RequestParam String title, @RequestParam(required = false) String body, Model model,
            RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> editing.change(user, courseId, lessonId, title, body),
                "training.lesson.changed", "/training/courses/" + courseId, () -> editForm(user, courseId, lessonId, model));
    }

    /** One place up ({@code up=true}) or down. */
    @PostMapping("/{lessonId}/move")
    String move(@AuthenticationPrincipal CurrentUser user, @PathVariable Long courseId, @PathVariable Long lessonId,
            @RequestParam boolean up, Model model, RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> editing.move(user, courseId, lessonId, up), "training.lesson.moved",
                "/training/courses/" + courseId, () -> coursePage(user, courseId, model));
    }

    @PostMapping("/{lessonId}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable Long courseId, @PathVariable Long lessonId,
            Model model, RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> editing.remove(user, courseId, lessonId), "training.lesson.removed",
                "/training/courses/" + courseId, () -> coursePage(user, courseId, model));
    }

    private String coursePage(CurrentUser user, Long courseId, Model model) {
        page.fill(user, courses.get(courseId), model);
        return "training/course";
    }

    @PostMapping("/{lessonId}/done")
    String done(@AuthenticationPrincipal CurrentUser user, @PathVariable Long courseId, @PathVariable Long lessonId,
            Model model, RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> learning.markDone(user, courseId, lessonId), "training.lesson.marked",
                "/training/courses/" + courseId, () -> lesson(user, courseId, lessonId, model));
    }

    /** The lesson's video or PDF, inline; a {@code Range:} request is answered 206 with those bytes. */
    @GetMapping("/{lessonId}/file")
    ResponseEntity<Resource> file(@PathVariable Long courseId, @PathVariable Long lessonId) {
        courses.lesson(courseId, lessonId);
        Long fileId = attachments.of(courses.lessonFiles(), lessonId).stream().findFirst()
                .orElseThrow(NotFound.of("attachment", lessonId)).getId();
        return streams.inline(courses.lessonFiles(), lessonId, fileId);
    }
}
