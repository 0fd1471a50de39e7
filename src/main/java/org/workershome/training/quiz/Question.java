package org.workershome.training.quiz;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A question of a course's bank. The answer key: an option index ({@code "1"}), indexes ({@code "0,2"}),
 * {@code "true"}/{@code "false"}, or accepted fill-in words separated by {@code |}. Read only through its course.
 */
@Entity(name = "TrainingQuestion") // surveys has its own Question: entity names are global
@Table(name = "training_question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long courseId;
    @Enumerated(EnumType.STRING)
    private QuestionKind kind;
    private String text;
    /** One option a line (choice questions). */
    private String options;
    private String answer;
    /** Retired: no longer drawn nor listed in the bank, kept for the attempts that drew it. */
    private boolean retired;

    protected Question() {}

    public Question(Long courseId, QuestionKind kind, String text, List<String> options, String answer) {
        this.courseId = courseId;
        this.kind = kind;
        this.text = text;
        this.options = options == null || options.isEmpty() ? null : String.join("\n", options);
        this.answer = answer;
    }

    public List<String> getOptionList() {
        return options == null ? List.of() : Arrays.asList(options.split("\n"));
    }

    /** Whether this answer is right. */
    public boolean accepts(String given) {
        return QuizRules.correct(kind, answer, given);
    }

    /** An answer as the reader sees it: a choice's option texts, otherwise as given. */
    public String describe(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        if (kind != QuestionKind.SINGLE && kind != QuestionKind.MULTIPLE) {
            return kind == QuestionKind.FILL ? value.split("\\|")[0] : value;
        }
        List<String> list = getOptionList();
        return Arrays.stream(value.split(",")).map(String::strip)
                .map(i -> i.matches("\\d+") && Integer.parseInt(i) < list.size() ? list.get(Integer.parseInt(i)) : i)
                .collect(java.util.stream.Collectors.joining("；"));
    }

    void retire() {
        retired = true;
    }

    public boolean isRetired() { return retired; }
    public String getOptions() { return options; }
    public Long getId() { return id; }
    public Long getCourseId() { return courseId; }
    public QuestionKind getKind() { return kind; }
    public String getText() { return text; }
    public String getAnswer() { return answer; }
}
