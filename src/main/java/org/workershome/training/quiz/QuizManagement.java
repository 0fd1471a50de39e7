package org.workershome.training.quiz;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.NotFound;
import org.workershome.training.course.Course;
import org.workershome.training.course.CourseManagement;
import org.workershome.training.course.Enrolment;
import org.workershome.training.course.Learning;

/**
 * A course's learners' attempts at its quiz (the questions: {@link QuestionBank}). The time limit runs on the server from the attempt's start:
 * a submission that arrives later (an answer kept offline too long) is refused and the attempt stays unscored.
 */
@Service
public class QuizManagement {

    private final Questions questions;
    private final Attempts attempts;
    private final CourseManagement courses;
    private final Learning learning;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    QuizManagement(Questions questions, Attempts attempts, CourseManagement courses, Learning learning,
            Clock clock) {
        this.questions = questions;
        this.attempts = attempts;
        this.courses = courses;
        this.learning = learning;
        this.clock = clock;
    }

    /** The user's open attempt if there is one (a reload continues it), else a new one with a fresh seed. */
    @Transactional
    public Attempt start(CurrentUser user, Long courseId) {
        Course course = courses.get(courseId);
        if (!course.hasQuiz()) {
            throw new NotFound("quiz", courseId);
        }
        Enrolment enrolment = learning.required(user, courseId);
        List<Attempt> made = attempts.findByEnrolmentIdOrderByNumber(enrolment.getId());
        Instant now = clock.instant();
        Optional<Attempt> open = made.stream().filter(a -> a.isOpen(course.getTimeLimitMinutes(), now)).findFirst();
        if (open.isPresent()) {
            return open.get();
        }
        QuizRules.checkMayStart(made.size(), course.getMaxAttempts());
        long seed = random.nextLong();
        List<Long> bank = questions.findByCourseIdAndRetiredFalseOrderById(courseId).stream().map(Question::getId).toList();
        return attempts.save(new Attempt(courseId, enrolment.getOrgId(), enrolment.getId(), enrolment.getMemberId(),
                made.size() + 1, seed, QuizRules.draw(bank, course.getQuizSize(), seed), now));
    }

    /** One of the user's own attempts (404 for anyone else's). */
    @Transactional(readOnly = true)
    public Attempt own(CurrentUser user, Long attemptId) {
        Attempt attempt = attempts.findById(attemptId).orElseThrow(NotFound.of("attempt", attemptId));
        Enrolment enrolment = learning.of(user, attempt.getCourseId()).orElseThrow(NotFound.of("attempt", attemptId));
        if (!enrolment.getId().equals(attempt.getEnrolmentId())) {
            throw new NotFound("attempt", attemptId);
        }
        return attempt;
    }

    /** The drawn questions of an attempt, in the drawn order. */
    @Transactional(readOnly = true)
    public List<Question> paper(Attempt attempt) {
        Map<Long, Question> byId = questions.findAllById(attempt.getQuestionIdList()).stream()
                .collect(Collectors.toMap(Question::getId, Function.identity()));
        List<Question> paper = new ArrayList<>();
        attempt.getQuestionIdList().forEach(id -> Optional.ofNullable(byId.get(id)).ifPresent(paper::add));
        return paper;
    }

    /** Scores the answers; refused when submitted twice or after the time limit. A pass may complete the course. */
    @Transactional
    public Attempt submit(CurrentUser user, Long attemptId, Map<Long, String> answers) {
        Attempt attempt = own(user, attemptId);
        Course course = courses.get(attempt.getCourseId());
        List<Question> paper = paper(attempt);
        Map<Long, String> given = new LinkedHashMap<>();
        paper.forEach(q -> Optional.ofNullable(answers.get(q.getId())).ifPresent(a -> given.put(q.getId(), a)));
        int score = QuizRules.score(paper, given);
        boolean passed = QuizRules.passed(score, course.getPassMark());
        attempt.submit(given, score, passed, course.getTimeLimitMinutes(), clock.instant());
        if (passed) {
            learning.quizPassed(user, learning.enrolment(attempt.getEnrolmentId()));
        }
        return attempt;
    }

    /** The user's attempts at a course. */
    @Transactional(readOnly = true)
    public List<Attempt> attempts(CurrentUser user, Long courseId) {
        return learning.of(user, courseId).map(e -> attempts.findByEnrolmentIdOrderByNumber(e.getId()))
                .orElse(List.of());
    }

    /** Whether the answers may be shown with the key: the attempt is over, and the quiz closed if it has a date. */
    public boolean reviewable(Course course, Attempt attempt) {
        Instant now = clock.instant();
        return !attempt.isOpen(course.getTimeLimitMinutes(), now)
                && (course.getQuizClosesAt() == null || now.isAfter(course.getQuizClosesAt()));
    }

    public Instant now() {
        return clock.instant();
    }
}
