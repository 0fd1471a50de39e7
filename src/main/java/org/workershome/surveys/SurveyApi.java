package org.workershome.surveys;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.core.account.CurrentUser;

/** A survey's results as JSON: counts per question, the crosstab by org; never a respondent. */
@RestController
@RequestMapping("/api/v1/surveys")
class SurveyApi {

    private final SurveyResults results;

    SurveyApi(SurveyResults results) {
        this.results = results;
    }

    record QuestionFigures(Long questionId, String text, QuestionKind kind, long answered,
            List<SurveyResults.Tally> tallies, Map<String, List<SurveyResults.Tally>> matrix, List<String> summary,
            List<String> texts, SurveyResults.Crosstab byOrg) {}

    record Figures(Long surveyId, String title, boolean anonymous, long responses, List<QuestionFigures> questions) {}

    @GetMapping("/{id}/results")
    Figures results(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        SurveyResults.Results r = results.of(user, id);
        return new Figures(r.survey().getId(), r.survey().getTitle(), r.survey().isAnonymous(), r.responses(),
                r.questions().stream().map(q -> new QuestionFigures(q.question().getId(), q.question().getText(),
                        q.question().getKind(), q.answered(), q.tallies(), q.matrix(), q.summary(), q.texts(),
                        q.crosstab())).toList());
    }
}
