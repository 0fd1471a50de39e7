package org.workershome.surveys;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which questions a respondent is shown: a question with a condition is shown only when the question it names is
 * shown and its answer includes the value named. Questions come in order and name only earlier ones, so one pass
 * decides. The page hides skipped questions as the respondent answers; the server decides again and drops the answers
 * to skipped questions.
 */
public final class SkipLogic {

    /** A question as skip logic sees it. */
    public interface Conditional {
        Long getId();
        Long getShowIfQuestion();
        String getShowIfAnswer();
    }

    private SkipLogic() {}

    /** The ids of the questions shown, given the values answered per question id. */
    public static Set<Long> shown(List<? extends Conditional> questions, Map<Long, List<String>> values) {
        Set<Long> shown = new HashSet<>();
        for (Conditional q : questions) {
            Long on = q.getShowIfQuestion();
            if (on == null || shown.contains(on) && values.getOrDefault(on, List.of()).contains(q.getShowIfAnswer())) {
                shown.add(q.getId());
            }
        }
        return shown;
    }

    /** The answers kept: those to shown questions. */
    public static <A> Map<Long, A> keepShown(List<? extends Conditional> questions, Map<Long, List<String>> values,
            Map<Long, A> answers) {
        Set<Long> shown = shown(questions, values);
        Map<Long, A> kept = new HashMap<>(answers);
        kept.keySet().retainAll(shown);
        return kept;
    }
}
