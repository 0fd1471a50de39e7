package org.workershome.training.quiz;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.excel.ExcelImport;
import org.workershome.core.form.Forms;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.training.course.Course;
import org.workershome.training.course.CourseManagement;
import org.workershome.training.course.Learning;

/** A course's quiz page (attempts, the organiser's bank), an attempt's paper, its submission and its result. */
@Controller
class QuizController {

    private final QuizManagement quiz;
    private final QuestionBank bank;
    private final CourseManagement courses;
    private final Learning learning;
    private final IdempotentSubmissions submissions;
    private final Forms forms;

    QuizController(QuizManagement quiz, QuestionBank bank, CourseManagement courses, Learning learning,
            IdempotentSubmissions submissions, Forms forms) {
        this.quiz = quiz;
        this.bank = bank;
        this.courses = courses;
        this.learning = learning;
        this.submissions = submissions;
        this.forms = forms;
    }

    @GetMapping("/training/courses/{id}/quiz")
    /** The quiz page; also shown again by the bank's refused forms ({@link QuestionBankController}). */
    String quizPage(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Course course = courses.get(id);
        boolean organiser = courses.organises(user, course);
        List<Attempt> mine = quiz.attempts(user, id);
        model.addAttribute("course", course);
        model.addAttribute("organiser", organiser);
        model.addAttribute("enrolment", learning.of(user, id).orElse(null));
        model.addAttribute("attempts", mine);
        model.addAttribute("left", course.getMaxAttempts() == 0 ? -1 : Math.max(0, course.getMaxAttempts() - mine.size()));
        model.addAttribute("kinds", QuestionKind.values());
        if (organiser) {
            model.addAttribute("bank", bank.bank(id));
        }
        return "training/quiz";
    }

    @PostMapping("/training/courses/{id}/questions")
    String addQuestion(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) QuestionKind kind, @RequestParam String text,
            @RequestParam(required = false) String options, @RequestParam String answer, Model model,
            RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> bank.add(user, id, kind, text, lines(options), answer),
                "training.question.added", "/training/courses/" + id + "/quiz", () -> quizPage(user, id, model));
    }

    @GetMapping("/training/courses/{id}/questions/{questionId}")
    String questionForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long questionId,
            Model model) {
        model.addAttribute("course", courses.get(id));
        model.addAttribute("question", bank.get(user, id, questionId));
        model.addAttribute("kinds", QuestionKind.values());
        return "training/question";
    }

    /** A changed question: the old one retired (attempts keep it), the new wording in the bank. */
    @PostMapping("/training/courses/{id}/questions/{questionId}")
    String changeQuestion(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable Long questionId, @RequestParam(required = false) QuestionKind kind, @RequestParam String text,
            @RequestParam(required = false) String options, @RequestParam String answer, Model model,
            RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> bank.change(user, id, questionId, kind, text, lines(options), answer),
                "training.question.changed", "/training/courses/" + id + "/quiz",
                () -> questionForm(user, id, questionId, model));
    }

    @PostMapping("/training/courses/{id}/questions/{questionId}/retire")
    String retireQuestion(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable Long questionId, Model model, RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> bank.retire(user, id, questionId), "training.question.retired",
                "/training/courses/" + id + "/quiz", () -> quizPage(user, id, model));
    }

    /** Questions from a workbook: all of them, or none and the refused rows listed on the quiz page. */
    @PostMapping("/training/courses/{id}/questions/import")
    String importQuestions(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> {
            List<QuestionBank.RowError> refused = bank.importFrom(user, id, ExcelImport.read(file, QuestionBank.MAX_ROWS));
            if (!refused.isEmpty()) {
                model.addAttribute("importErrors", refused);
                throw InvalidInput.field("file", "training.question.import.refused");
            }
        }, "training.question.imported", "/training/courses/" + id + "/quiz", () -> quizPage(user, id, model));
    }

    private static List<String> lines(String options) {
        return options == null ? List.of() : Arrays.asList(options.split("\\R"));
    }

    @PostMapping("/training/courses/{id}/attempts")
    String start(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        return forms.submit(model, () -> "redirect:/training/attempts/" + quiz.start(user, id).getId(),
                () -> quizPage(user, id, model));
    }

    @GetMapping("/training/attempts/{id}")
    String paper(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Attempt attempt = quiz.own(user, id);
        Course course = courses.get(attempt.getCourseId());
        if (!attempt.isOpen(course.getTimeLimitMinutes(), quiz.now())) {
            return "redirect:/training/attempts/" + id + "/result";
        }
        model.addAttribute("course", course);
        model.addAttribute("attempt", attempt);
        model.addAttribute("paper", quiz.paper(attempt));
        model.addAttribute("deadline", attempt.deadline(course.getTimeLimitMinutes()));
        model.addAttribute("requestToken", UUID.randomUUID().toString());
        return "training/attempt";
    }

    @PostMapping("/training/attempts/{id}")
    String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam MultiValueMap<String, String> params, Model model) {
        Map<Long, String> answers = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (name.matches("q\\d+")) {
                answers.put(Long.valueOf(name.substring(1)), String.join(",", values));
            }
        });
        return forms.submit(model, () -> {
            submissions.submit(params.getFirst("requestToken"), "training.attempt.submit",
                    () -> quiz.submit(user, id, answers), Attempt::getId,
                    key -> Optional.of(quiz.own(user, Long.valueOf(key))));
            return "redirect:/training/attempts/" + id + "/result";
        }, () -> result(user, id, model));
    }

    @GetMapping("/training/attempts/{id}/result")
    String result(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        Attempt attempt = quiz.own(user, id);
        Course course = courses.get(attempt.getCourseId());
        model.addAttribute("course", course);
        model.addAttribute("attempt", attempt);
        model.addAttribute("enrolment", learning.enrolment(attempt.getEnrolmentId()));
        boolean review = quiz.reviewable(course, attempt);
        model.addAttribute("review", review);
        if (review) {
            model.addAttribute("paper", quiz.paper(attempt));
            model.addAttribute("answers", attempt.getAnswerMap());
        }
        return "training/result";
    }
}
