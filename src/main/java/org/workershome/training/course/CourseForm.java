package org.workershome.training.course;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.workershome.training.TrainingTime;

/**
 * The organiser's course form. Numbers come as text so that "abc" gets our message (an out-of-range value), not a
 * conversion error.
 */
record CourseForm(String title, String summary, String occupation, String creditHours, Boolean selfEnrol,
        String quizSize, String passMark, String timeLimitMinutes, String maxAttempts, String quizClosesAt,
        List<Long> prerequisites, String requestToken) {

    static CourseForm blank() {
        return new CourseForm(null, null, null, "2", true, "5", "60", "20", "3", null, List.of(),
                UUID.randomUUID().toString());
    }

    CourseDraft toDraft() {
        return new CourseDraft(title, summary, occupation, number(creditHours), Boolean.TRUE.equals(selfEnrol), number(quizSize),
                number(passMark), number(timeLimitMinutes), number(maxAttempts), TrainingTime.parseInput(quizClosesAt),
                prerequisites == null ? Set.of() : prerequisites.stream().collect(Collectors.toSet()));
    }

    static int number(String text) {
        try {
            return text == null || text.isBlank() ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

}
