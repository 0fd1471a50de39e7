package org.workershome.surveys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.workershome.core.error.InvalidInput;

/** A question as the survey's author enters it; {@link #check} says what is wrong with it. */
public record QuestionDraft(QuestionKind kind, String text, String options, String rows, Integer scaleMax,
        boolean required, Long showIfQuestion, String showIfAnswer) {

    List<String> optionList() { return Question.lines(options); }
    List<String> rowList() { return Question.lines(rows); }
    int scaleTop() { return scaleMax == null ? 5 : scaleMax; }

    /** Refuses a draft without text, a choice with fewer than two options, a bad scale or a bad condition. */
    void check(List<Question> earlier) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", "surveys.question.kind.required");
        }
        if (text == null || text.isBlank()) {
            errors.put("text", "surveys.question.text.required");
        } else if (text.strip().length() > 500) {
            errors.put("text", "surveys.question.text.size");
        }
        if (kind != null && kind.hasOptions()) {
            List<String> list = optionList();
            if (list.size() < 2 || list.size() > 30 || list.stream().anyMatch(o -> o.length() > 200)) {
                errors.put("options", "surveys.question.options.required");
            }
        }
        if (kind == QuestionKind.MATRIX && (rowList().isEmpty() || rowList().size() > 30
                || rowList().stream().anyMatch(o -> o.length() > 200))) {
            errors.put("rows", "surveys.question.rows.required");
        }
        if (kind == QuestionKind.SCALE && (scaleTop() < 2 || scaleTop() > 10)) {
            errors.put("scaleMax", "surveys.question.scale.range");
        }
        if (showIfQuestion != null) {
            Question condition = earlier.stream().filter(q -> q.getId().equals(showIfQuestion)).findFirst().orElse(null);
            if (condition == null || !condition.getKind().canCondition() || showIfAnswer == null
                    || !condition.optionList().contains(showIfAnswer.strip())) {
                errors.put("showIfAnswer", "surveys.question.condition.invalid");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
