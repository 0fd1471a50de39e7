package org.workershome.surveys;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.excel.ExcelExport;

import tools.jackson.databind.json.JsonMapper;

/** The results page (charts drawn by core's bar-chart.js), the search of open texts, and the Excel export. */
@Controller
@RequestMapping("/surveys/{id}/results")
class ResultsController {

    private final SurveyResults results;
    private final MessageSource messages;
    private final JsonMapper json;

    ResultsController(SurveyResults results, MessageSource messages, JsonMapper json) {
        this.results = results;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String q, Model model) {
        SurveyResults.Results r = results.of(user, id);
        model.addAttribute("results", r);
        Map<Long, String> charts = new LinkedHashMap<>();
        r.questions().stream().filter(x -> !x.tallies().isEmpty()).forEach(x -> charts.put(x.question().getId(),
                json.writeValueAsString(Map.of("labels", x.tallies().stream().map(SurveyResults.Tally::label).toList(),
                        "values", x.tallies().stream().map(SurveyResults.Tally::count).toList()))));
        model.addAttribute("charts", charts);
        model.addAttribute("q", q);
        model.addAttribute("found", q == null || q.isBlank() ? null : results.search(user, id, q));
        return "surveys/results";
    }

    /** One row per response, in random order; an anonymous survey's without name or day, its small orgs folded. */
    @GetMapping("/export")
    void export(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale,
            HttpServletResponse response) throws IOException {
        List<Response> rows = results.responses(user, id);
        Survey survey = results.readable(user, id);
        Map<Long, String> orgNames = results.orgNames(survey, rows);
        String others = messages.getMessage("surveys.crosstab.others", null, locale);
        ExcelExport<Response> export = ExcelExport.of(Response.class).sheet("responses")
                .column("surveys.org", r -> orgNames.getOrDefault(r.getOrgId(), others));
        if (!survey.isAnonymous()) {
            export.column("surveys.respondent", Response::getRespondentName)
                    .column("surveys.submittedOn", Response::getSubmittedOn);
        }
        for (Question q : survey.getQuestions()) {
            export.column(q.getPosition() + ". " + q.getText(), r -> cell(q, r));
        }
        export.send(response, survey.getTitle() + ".xlsx", rows, messages, locale);
    }

    private static Object cell(Question q, Response r) {
        List<Response.Answer> answers = SurveyResults.answersTo(r, q);
        if (answers.isEmpty()) {
            return null;
        }
        if (q.getKind() == QuestionKind.NUMBER) {
            return new java.math.BigDecimal(answers.get(0).value());
        }
        List<String> parts = new ArrayList<>();
        answers.forEach(a -> parts.add(a.item() == null ? a.value() : a.item() + ": " + a.value()));
        return parts.stream().collect(Collectors.joining("; "));
    }
}
