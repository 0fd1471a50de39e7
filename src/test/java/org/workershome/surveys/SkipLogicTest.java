package org.workershome.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.workershome.core.error.InvalidInput;

/** Skip logic and the reading of a filled form, without the application. */
class SkipLogicTest {

    record Q(Long getId, Long getShowIfQuestion, String getShowIfAnswer) implements SkipLogic.Conditional {}

    @Test
    void aQuestionIsShownOnlyWhenItsConditionIsShownAndAnsweredSo() {
        List<Q> questions = List.of(new Q(1L, null, null), new Q(2L, 1L, "是"), new Q(3L, 2L, "加班"),
                new Q(4L, null, null));
        assertThat(SkipLogic.shown(questions, Map.of(1L, List.of("是"), 2L, List.of("加班", "夜班"))))
                .containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(SkipLogic.shown(questions, Map.of(1L, List.of("否"), 2L, List.of("加班"))))
                .as("2 skipped, so 3 too, whatever 2 says").containsExactlyInAnyOrder(1L, 4L);
        assertThat(SkipLogic.shown(questions, Map.of())).containsExactlyInAnyOrder(1L, 4L);
        assertThat(SkipLogic.keepShown(questions, Map.of(1L, List.of("否")), Map.of(1L, "a", 2L, "b", 4L, "d")))
                .containsOnlyKeys(1L, 4L);
    }

    @Test
    void theSheetDropsSkippedAnswersAndChecksEveryKind() {
        Survey survey = new Survey(1L, "t", null, true, java.util.Set.of(), java.time.Instant.EPOCH,
                java.time.Instant.MAX, 1L, "x", java.time.Instant.EPOCH);
        Question single = add(survey, 1L, new QuestionDraft(QuestionKind.SINGLE, "工资按时发放吗", "是\n否", null, null, true, null, null));
        Question why = add(survey, 2L, new QuestionDraft(QuestionKind.TEXT, "说明", null, null, null, true, 1L, "否"));
        Question matrix = add(survey, 3L, new QuestionDraft(QuestionKind.MATRIX, "评价", "好\n差", "食堂\n宿舍", null, false, null, null));
        Question rank = add(survey, 4L, new QuestionDraft(QuestionKind.RANKING, "排序", "甲\n乙\n丙", null, null, false, null, null));
        Question number = add(survey, 5L, new QuestionDraft(QuestionKind.NUMBER, "人数", null, null, null, false, null, null));
        Question multiple = add(survey, 6L, new QuestionDraft(QuestionKind.MULTIPLE, "多选", "A\nB\nC", null, null, false, null, null));

        List<Response.Answer> answers = AnswerSheet.read(survey.getQuestions(), Map.of("q1", List.of("是"),
                "q2", List.of("被跳过的说明"), "q3.0", List.of("好"), "q3.1", List.of("差"), "q4.0", List.of("2"),
                "q4.1", List.of("1"), "q4.2", List.of("3"), "q5", List.of("12.50"), "q6", List.of("A", "C")));
        assertThat(answers).noneMatch(a -> a.questionId().equals(why.getId()));
        assertThat(answers).contains(new Response.Answer(3L, "宿舍", "差"), new Response.Answer(4L, "乙", "1"),
                new Response.Answer(5L, null, "12.5"),
                new Response.Answer(6L, null, "C"));

        assertThatThrownBy(() -> AnswerSheet.read(survey.getQuestions(), Map.of("q1", List.of("否"))))
                .as("the condition met: the explanation is required").isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsEntry("q2", "surveys.answer.required"));
        assertThatThrownBy(() -> AnswerSheet.read(survey.getQuestions(), Map.of("q1", List.of("也许"),
                "q3.0", List.of("好"), "q4.0", List.of("1"), "q4.1", List.of("1"), "q4.2", List.of("2"),
                "q5", List.of("十二"))))
                .isInstanceOf(InvalidInput.class).satisfies(e -> assertThat(((InvalidInput) e).fieldErrors())
                        .containsEntry("q1", "surveys.answer.option").containsEntry("q3", "surveys.answer.matrixRows")
                        .containsEntry("q4", "surveys.answer.ranking").containsEntry("q5", "surveys.answer.number"));
        assertThat(single.getKind()).isEqualTo(QuestionKind.SINGLE);
        assertThat(matrix.rowList()).containsExactly("食堂", "宿舍");
        assertThat(rank.optionList()).hasSize(3);
        assertThat(number.field()).isEqualTo("q5");
        assertThat(multiple.optionList()).containsExactly("A", "B", "C");
    }

    @Test
    void aConditionMustBeAnOptionOfAnEarlierChoiceQuestion() {
        Survey survey = new Survey(1L, "t", null, false, java.util.Set.of(), java.time.Instant.EPOCH,
                java.time.Instant.MAX, 1L, "x", java.time.Instant.EPOCH);
        add(survey, 1L, new QuestionDraft(QuestionKind.SINGLE, "甲", "是\n否", null, null, true, null, null));
        add(survey, 2L, new QuestionDraft(QuestionKind.TEXT, "乙", null, null, null, false, null, null));
        assertThatThrownBy(() -> survey.add(new QuestionDraft(QuestionKind.TEXT, "丙", null, null, null, false, 1L, "也许")))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> survey.add(new QuestionDraft(QuestionKind.TEXT, "丙", null, null, null, false, 2L, "x")))
                .as("an open text cannot be a condition").isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> survey.add(new QuestionDraft(QuestionKind.SINGLE, "丁", "唯一", null, null, false, null, null)))
                .as("one option is no choice").isInstanceOf(InvalidInput.class);
    }

    private static Question add(Survey survey, Long id, QuestionDraft draft) {
        Question q = survey.add(draft);
        ReflectionTestUtils.setField(q, "id", id);
        return q;
    }
}
