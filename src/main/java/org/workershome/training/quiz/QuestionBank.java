package org.workershome.training.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.excel.ExcelRow;
import org.workershome.core.excel.ExcelSheet;
import org.workershome.training.TrainingModule;
import org.workershome.training.course.Course;
import org.workershome.training.course.CourseManagement;

/**
 * A course's question bank, kept by its organisers: questions added one by one or from a workbook, changed, retired.
 * A question is never changed in place — attempts may have drawn it, and their review must show what they were
 * asked — so a change retires it and adds the new wording.
 */
@Service
public class QuestionBank {

    /** A workbook's rows at most: a bank, not a data load. */
    static final int MAX_ROWS = 1_000;

    private final Questions questions;
    private final CourseManagement courses;
    private final Access access;
    private final MessageSource messages;

    QuestionBank(Questions questions, CourseManagement courses, Access access, MessageSource messages) {
        this.questions = questions;
        this.courses = courses;
        this.access = access;
        this.messages = messages;
    }

    /** One refused row of a workbook: its number as Excel shows it, and the message key why. */
    public record RowError(int row, String messageKey) {}

    @Transactional
    public Question add(CurrentUser user, Long courseId, QuestionKind kind, String text, List<String> options,
            String answer) {
        manage(user, courseId);
        return questions.save(checked(courseId, kind, text, options, answer));
    }

    /** The current questions (not retired), oldest first. */
    @Transactional(readOnly = true)
    public List<Question> bank(Long courseId) {
        courses.get(courseId);
        return questions.findByCourseIdAndRetiredFalseOrderById(courseId);
    }

    /** A current question of the course (404 otherwise), for its organisers. */
    @Transactional(readOnly = true)
    public Question get(CurrentUser user, Long courseId, Long questionId) {
        manage(user, courseId);
        return current(courseId, questionId);
    }

    /** Changes a question: the old one is retired, the new wording added; answers the new question. */
    @Transactional
    public Question change(CurrentUser user, Long courseId, Long questionId, QuestionKind kind, String text,
            List<String> options, String answer) {
        manage(user, courseId);
        Question old = current(courseId, questionId);
        Question changed = checked(courseId, kind, text, options, answer);
        old.retire();
        return questions.save(changed);
    }

    @Transactional
    public void retire(CurrentUser user, Long courseId, Long questionId) {
        manage(user, courseId);
        current(courseId, questionId).retire();
    }

    /**
     * Adds every row of a workbook with the columns 题型 / 题目 / 选项 / 答案 (or kind / text / options / answer; options
     * one a line or separated by ";"), or none: any refused row is reported and nothing is written.
     */
    @Transactional
    public List<RowError> importFrom(CurrentUser user, Long courseId, ExcelSheet sheet) {
        manage(user, courseId);
        int kind = sheet.columnOf(List.of("题型", "kind"));
        int text = sheet.columnOf(List.of("题目", "text"));
        int options = sheet.columnOf(List.of("选项", "options"));
        int answer = sheet.columnOf(List.of("答案", "answer"));
        if (kind < 0 || text < 0 || answer < 0) {
            throw InvalidInput.field("file", "training.question.import.columns");
        }
        if (sheet.rows().isEmpty()) {
            throw InvalidInput.field("file", "training.question.import.empty");
        }
        List<Question> read = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (ExcelRow row : sheet.rows()) {
            Optional<QuestionKind> k = kindNamed(row.cell(kind));
            if (k.isEmpty()) {
                errors.add(new RowError(row.number(), "training.question.kind.required"));
                continue;
            }
            List<String> opts = Arrays.asList(row.cell(options).split("\\R|[;；]"));
            try {
                read.add(checked(courseId, k.get(), row.cell(text), opts, row.cell(answer)));
            } catch (InvalidInput invalid) {
                errors.add(new RowError(row.number(), invalid.fieldErrors().values().iterator().next()));
            }
        }
        if (errors.isEmpty()) {
            questions.saveAll(read);
        }
        return errors;
    }

    private Question checked(Long courseId, QuestionKind kind, String text, List<String> options, String answer) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", "training.question.kind.required");
        }
        if (text == null || text.isBlank() || text.length() > 2000) {
            errors.put("text", "training.question.text.required");
        }
        if (answer == null || answer.isBlank() || answer.length() > 1000) {
            errors.put("answer", "training.question.answer.invalid");
        }
        List<String> cleaned = options == null ? List.of()
                : options.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        if (String.join("\n", cleaned).length() > 4000) {
            errors.put("options", "training.question.options.size");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        QuizRules.checkKey(kind, cleaned, answer);
        boolean choice = kind == QuestionKind.SINGLE || kind == QuestionKind.MULTIPLE;
        return new Question(courseId, kind, text.strip(), choice ? cleaned : List.of(), answer.strip());
    }

    /** A kind by its name in either language ("单选题", "single choice") or its code ("SINGLE"). */
    private Optional<QuestionKind> kindNamed(String name) {
        String n = name.strip();
        for (QuestionKind k : QuestionKind.values()) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                String label = messages.getMessage("training.question.kind." + k, null, k.name(), locale);
                if (n.equalsIgnoreCase(k.name()) || n.equalsIgnoreCase(label)
                        || n.equalsIgnoreCase(label.replace("题", ""))) {
                    return Optional.of(k);
                }
            }
        }
        return Optional.empty();
    }

    private Question current(Long courseId, Long questionId) {
        return questions.findById(questionId).filter(q -> q.getCourseId().equals(courseId) && !q.isRetired())
                .orElseThrow(NotFound.of("question", questionId));
    }

    private void manage(CurrentUser user, Long courseId) {
        Course course = courses.get(courseId);
        access.require(user, TrainingModule.MANAGE, course.getOrgId());
    }
}
