package org.workershome.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.training.quiz.Question;
import org.workershome.training.quiz.QuestionKind;
import org.workershome.training.quiz.QuizRules;

/** The quiz's rules without storage: the draw, scoring of each kind, the pass mark, the attempts limit. */
class QuizRulesTest {

    private final List<Long> bank = LongStream.rangeClosed(1, 20).boxed().toList();

    @Test
    void theSameSeedDrawsTheSamePaperAndOtherSeedsOthers() {
        List<Long> first = QuizRules.draw(bank, 5, 42L);
        assertThat(first).hasSize(5).doesNotHaveDuplicates().isSubsetOf(bank);
        List<Long> reversed = new java.util.ArrayList<>(bank);
        java.util.Collections.reverse(reversed);
        assertThat(QuizRules.draw(reversed, 5, 42L))
                .as("the bank's order does not matter, only its ids").isEqualTo(first);
        assertThat(LongStream.range(0, 20).mapToObj(seed -> QuizRules.draw(bank, 5, seed)).distinct().count())
                .as("twenty seeds give different papers").isGreaterThan(15);
        assertThat(QuizRules.draw(bank.subList(0, 3), 5, 1L)).as("a small bank: all of it").hasSize(3);
    }

    @Test
    void eachKindIsScoredByItsKey() {
        assertThat(QuizRules.correct(QuestionKind.SINGLE, "2", " 2 ")).isTrue();
        assertThat(QuizRules.correct(QuestionKind.SINGLE, "2", "1")).isFalse();
        assertThat(QuizRules.correct(QuestionKind.MULTIPLE, "0,2", "2,0")).isTrue();
        assertThat(QuizRules.correct(QuestionKind.MULTIPLE, "0,2", "0")).as("a part is wrong").isFalse();
        assertThat(QuizRules.correct(QuestionKind.MULTIPLE, "0,2", "0,1,2")).as("one too many is wrong").isFalse();
        assertThat(QuizRules.correct(QuestionKind.TRUE_FALSE, "true", "TRUE")).isTrue();
        assertThat(QuizRules.correct(QuestionKind.TRUE_FALSE, "true", "false")).isFalse();
        assertThat(QuizRules.correct(QuestionKind.FILL, "绿水青山|绿水 青山", " 绿水青山 ")).isTrue();
        assertThat(QuizRules.correct(QuestionKind.FILL, "绿水青山|绿水 青山", "绿水   青山")).isTrue();
        assertThat(QuizRules.correct(QuestionKind.FILL, "Carbon", "carbon")).isTrue();
        assertThat(QuizRules.correct(QuestionKind.FILL, "绿水青山", "金山银山")).isFalse();
        assertThat(QuizRules.correct(QuestionKind.SINGLE, "0", null)).as("no answer is wrong").isFalse();
    }

    @Test
    void theScoreIsThePercentRightRoundedDownAndThePassMarkIsInclusive() throws Exception {
        List<Question> paper = List.of(q(1, QuestionKind.SINGLE, "1"), q(2, QuestionKind.MULTIPLE, "0,1"),
                q(3, QuestionKind.TRUE_FALSE, "false"));
        assertThat(QuizRules.score(paper, Map.of(1L, "1", 2L, "1,0", 3L, "false"))).isEqualTo(100);
        assertThat(QuizRules.score(paper, Map.of(1L, "1", 2L, "1", 3L, "false"))).isEqualTo(66);
        assertThat(QuizRules.score(paper, Map.of())).isZero();
        assertThat(QuizRules.score(List.of(), Map.of())).isZero();
        assertThat(QuizRules.passed(60, 60)).isTrue();
        assertThat(QuizRules.passed(59, 60)).isFalse();
    }

    @Test
    void theAttemptsLimitAndTheAnswerKeysAreChecked() {
        QuizRules.checkMayStart(2, 3);
        QuizRules.checkMayStart(10, 0);
        assertThatThrownBy(() -> QuizRules.checkMayStart(3, 3)).isInstanceOf(Conflict.class);
        QuizRules.checkKey(QuestionKind.SINGLE, List.of("a", "b"), "1");
        assertThatThrownBy(() -> QuizRules.checkKey(QuestionKind.SINGLE, List.of("a", "b"), "2"))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> QuizRules.checkKey(QuestionKind.MULTIPLE, List.of("a", "b"), "0,x"))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> QuizRules.checkKey(QuestionKind.TRUE_FALSE, List.of(), "yes"))
                .isInstanceOf(InvalidInput.class);
    }

    private static Question q(long id, QuestionKind kind, String key) throws Exception {
        Question q = new Question(1L, kind, "q" + id, List.of("a", "b", "c"), key);
        Field field = Question.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(q, id);
        return q;
    }
}
