package org.workershome.training.course;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.workershome.core.error.InvalidInput;

/** The terms of a course as its organiser gives them; {@link #check()} names every field that is wrong. */
public record CourseDraft(String title, String summary, String occupation, int creditHours, boolean selfEnrol,
        int quizSize, int passMark, int timeLimitMinutes, int maxAttempts, Instant quizClosesAt,
        Set<Long> prerequisites) {

    public CourseDraft {
        prerequisites = prerequisites == null ? Set.of() : Set.copyOf(prerequisites);
        occupation = occupation == null || occupation.isBlank() ? null : occupation.strip();
    }

    void check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title == null || title.isBlank() || title.length() > 200) {
            errors.put("title", "training.course.title.required");
        }
        if (summary == null || summary.isBlank() || summary.length() > 2000) {
            errors.put("summary", "training.course.summary.required");
        }
        if (occupation != null && occupation.length() > 100) {
            errors.put("occupation", "training.course.occupation.size");
        }
        if (creditHours < 0 || creditHours > 200) {
            errors.put("creditHours", "training.course.creditHours.range");
        }
        if (quizSize < 0 || quizSize > 100) {
            errors.put("quizSize", "training.course.quizSize.range");
        }
        if (passMark < 0 || passMark > 100) {
            errors.put("passMark", "training.course.passMark.range");
        }
        if (timeLimitMinutes < 0 || timeLimitMinutes > 600) {
            errors.put("timeLimitMinutes", "training.course.timeLimit.range");
        }
        if (maxAttempts < 0 || maxAttempts > 20) {
            errors.put("maxAttempts", "training.course.maxAttempts.range");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
