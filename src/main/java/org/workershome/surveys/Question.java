package org.workershome.surveys;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One question of a survey: its kind, text, options (one per line; a matrix's columns), a matrix's rows, a scale's
 * top, and its skip logic — shown only when the answer to an earlier choice question includes {@code showIfAnswer}.
 */
@Entity
@Table(name = "surveys_question")
public class Question implements SkipLogic.Conditional {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "survey_id")
    private Survey survey;
    private int position;
    @Enumerated(EnumType.STRING)
    private QuestionKind kind;
    private String text;
    private String options;
    @Column(name = "matrix_rows")
    private String matrixRows;
    private Integer scaleMax;
    private boolean required;
    @Column(name = "show_if_question")
    private Long showIfQuestion;
    private String showIfAnswer;

    protected Question() {}

    Question(Survey survey, int position, QuestionDraft draft) {
        this.survey = survey;
        this.position = position;
        this.kind = draft.kind();
        this.text = draft.text().strip();
        this.options = draft.kind().hasOptions() ? String.join("\n", draft.optionList()) : null;
        this.matrixRows = draft.kind() == QuestionKind.MATRIX ? String.join("\n", draft.rowList()) : null;
        this.scaleMax = draft.kind() == QuestionKind.SCALE ? draft.scaleTop() : null;
        this.required = draft.required();
        this.showIfQuestion = draft.showIfQuestion();
        this.showIfAnswer = draft.showIfQuestion() == null ? null : draft.showIfAnswer().strip();
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    public List<String> optionList() { return lines(options); }
    public List<String> rowList() { return lines(matrixRows); }
    /** The scale's marks 1..top. */
    public List<Integer> marks() {
        return java.util.stream.IntStream.rangeClosed(1, scaleMax == null ? 5 : scaleMax).boxed().toList();
    }

    /** The form field of this question (and of a matrix row or ranked option: {@code q7.2}). */
    public String field() { return "q" + id; }

    @Override public Long getId() { return id; }
    public Survey getSurvey() { return survey; }
    public int getPosition() { return position; }
    public QuestionKind getKind() { return kind; }
    public String getText() { return text; }
    public Integer getScaleMax() { return scaleMax; }
    public boolean isRequired() { return required; }
    @Override public Long getShowIfQuestion() { return showIfQuestion; }
    @Override public String getShowIfAnswer() { return showIfAnswer; }
}
