package org.workershome.surveys;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.Conflict;
import org.workershome.core.org.OrgDirectory;

/**
 * The results of a survey, for those who manage it: per question the count and share of each option (a scale's
 * marks, a matrix's rows, a ranking's mean rank, a number's mean and range, a date's range, texts), the choice
 * questions crossed with the org of the respondents (the child of the survey's org they belong to), and a search of
 * the open texts. Anonymous surveys show results only once closed (so that watching the counts move while one
 * person answers tells nobody what he answered), and fold orgs with fewer than {@code workers-home.surveys.min-group}
 * (3) responses into one row.
 */
@Service
public class SurveyResults {

    private final SurveyManagement management;
    private final Responses responses;
    private final OrgDirectory orgs;
    private final SurveysProperties properties;
    private final AnonymousRelease release;
    private final Clock clock;

    SurveyResults(SurveyManagement management, Responses responses, OrgDirectory orgs, SurveysProperties properties,
            AnonymousRelease release, Clock clock) {
        this.release = release;
        this.properties = properties;
        this.management = management;
        this.responses = responses;
        this.orgs = orgs;
        this.clock = clock;
    }

    public record Tally(String label, long count, int percent) {}

    /** Counts of each option per org group; {@code other} folds small groups of an anonymous survey. */
    public record Crosstab(List<String> options, List<CrossRow> rows) {}

    public record CrossRow(String org, List<Long> counts, long total) {}

    /** One question's results; {@code summary} holds a number's or date's figures, {@code texts} open answers. */
    public record QuestionResult(Question question, long answered, List<Tally> tallies, Map<String, List<Tally>> matrix,
            List<String> summary, List<String> texts, Crosstab crosstab) {}

    public record Results(Survey survey, long responses, List<QuestionResult> questions) {}

    /** The survey, checked: the caller manages it and, for an anonymous one, it is closed. */
    @Transactional(readOnly = true)
    public Survey readable(CurrentUser user, Long surveyId) {
        Survey survey = management.managed(user, surveyId);
        if (survey.isAnonymous() && !survey.isClosedAt(clock.instant())) {
            throw new Conflict("surveys.results.anonymousOpen");
        }
        release.releaseIfClosed(survey);
        return survey;
    }

    @Transactional(readOnly = true)
    public Results of(CurrentUser user, Long surveyId) {
        Survey survey = readable(user, surveyId);
        List<Response> all = responses.findBySurveyIdOrderById(surveyId);
        Map<Long, String> groupOf = groups(survey, all);
        List<QuestionResult> results = new ArrayList<>();
        for (Question q : survey.getQuestions()) {
            results.add(result(survey, q, all, groupOf));
        }
        return new Results(survey, all.size(), results);
    }

    /** All responses in random (id) order, for the export. */
    @Transactional(readOnly = true)
    public List<Response> responses(CurrentUser user, Long surveyId) {
        readable(user, surveyId);
        return responses.findBySurveyIdOrderById(surveyId);
    }

    /**
     * Each response's org for the export, by name; an anonymous survey's orgs with fewer than {@code min-group}
     * responses are left out, for the caller to fold into one "other orgs" label, as the crosstab does.
     */
    public Map<Long, String> orgNames(Survey survey, List<Response> rows) {
        Map<Long, Long> counts = rows.stream().collect(Collectors.groupingBy(Response::getOrgId, Collectors.counting()));
        Map<Long, String> names = new HashMap<>();
        counts.forEach((org, n) -> {
            if (!survey.isAnonymous() || n >= properties.minGroup()) {
                names.put(org, orgs.nameOf(org));
            }
        });
        return names;
    }

    /** Open-text answers containing the words. */
    @Transactional(readOnly = true)
    public List<String> search(CurrentUser user, Long surveyId, String words) {
        Survey survey = readable(user, surveyId);
        String w = words == null ? "" : words.strip();
        List<Long> texts = survey.getQuestions().stream().filter(q -> q.getKind() == QuestionKind.TEXT)
                .map(Question::getId).toList();
        if (w.isEmpty() || texts.isEmpty()) {
            return List.of();
        }
        String escaped = w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return responses.textsContaining(surveyId, texts, escaped).stream().limit(200).toList();
    }

    private QuestionResult result(Survey survey, Question q, List<Response> all, Map<Long, String> groupOf) {
        List<Response> answering = all.stream().filter(r -> !answersTo(r, q).isEmpty()).toList();
        long n = answering.size();
        List<Tally> tallies = List.of();
        Map<String, List<Tally>> matrix = new LinkedHashMap<>();
        List<String> summary = List.of();
        List<String> texts = List.of();
        Crosstab crosstab = null;
        switch (q.getKind()) {
            case SINGLE, MULTIPLE, SCALE -> {
                List<String> labels = q.getKind() == QuestionKind.SCALE
                        ? q.marks().stream().map(String::valueOf).toList() : q.optionList();
                tallies = tally(labels, answering.stream().flatMap(r -> answersTo(r, q).stream())
                        .map(Response.Answer::value).toList(), n);
                crosstab = crosstab(survey, labels, q, answering, groupOf);
                if (q.getKind() == QuestionKind.SCALE && n > 0) {
                    summary = List.of(mean(answering.stream().flatMap(r -> answersTo(r, q).stream())
                            .map(a -> new BigDecimal(a.value())).toList()));
                }
            }
            case MATRIX -> q.rowList().forEach(row -> matrix.put(row, tally(q.optionList(), answering.stream()
                    .flatMap(r -> answersTo(r, q).stream()).filter(a -> row.equals(a.item()))
                    .map(Response.Answer::value).toList(), n)));
            case RANKING -> {
                List<Tally> ranks = new ArrayList<>();
                for (String option : q.optionList()) {
                    List<BigDecimal> r = answering.stream().flatMap(x -> answersTo(x, q).stream())
                            .filter(a -> option.equals(a.item())).map(a -> new BigDecimal(a.value())).toList();
                    long firsts = r.stream().filter(v -> v.intValue() == 1).count();
                    ranks.add(new Tally(option + " (" + (r.isEmpty() ? "-" : mean(r)) + ")", firsts, percent(firsts, n)));
                }
                tallies = ranks;
            }
            case NUMBER -> {
                List<BigDecimal> v = answering.stream().flatMap(r -> answersTo(r, q).stream())
                        .map(a -> new BigDecimal(a.value())).toList();
                summary = v.isEmpty() ? List.of() : List.of(mean(v),
                        v.stream().min(BigDecimal::compareTo).orElseThrow().toPlainString(),
                        v.stream().max(BigDecimal::compareTo).orElseThrow().toPlainString());
            }
            case DATE -> {
                List<String> v = answering.stream().flatMap(r -> answersTo(r, q).stream()).map(Response.Answer::value)
                        .sorted().toList();
                summary = v.isEmpty() ? List.of() : List.of(v.get(0), v.get(v.size() - 1));
            }
            case TEXT -> texts = answering.stream().flatMap(r -> answersTo(r, q).stream()).map(Response.Answer::value)
                    .sorted().limit(20).toList();
            default -> throw new IllegalStateException(q.getKind().name());
        }
        return new QuestionResult(q, n, tallies, matrix, summary, texts, crosstab);
    }

    private Crosstab crosstab(Survey survey, List<String> labels, Question q, List<Response> answering,
            Map<Long, String> groupOf) {
        Map<String, List<Response>> byGroup = answering.stream()
                .collect(Collectors.groupingBy(r -> groupOf.get(r.getOrgId()), TreeMap::new, Collectors.toList()));
        List<CrossRow> rows = new ArrayList<>();
        List<Response> small = new ArrayList<>();
        byGroup.forEach((org, list) -> {
            if (survey.isAnonymous() && list.size() < properties.minGroup()) {
                small.addAll(list);
            } else {
                rows.add(row(org, labels, q, list));
            }
        });
        if (!small.isEmpty()) {
            rows.add(row(null, labels, q, small));
        }
        return new Crosstab(labels, rows);
    }

    private static CrossRow row(String org, List<String> labels, Question q, List<Response> list) {
        List<String> values = list.stream().flatMap(r -> answersTo(r, q).stream()).map(Response.Answer::value).toList();
        return new CrossRow(org, labels.stream().map(l -> values.stream().filter(l::equals).count()).toList(),
                list.size());
    }

    /** Each respondent org's group: the child of the survey's org on its path (the org itself at the top). */
    private Map<Long, String> groups(Survey survey, List<Response> all) {
        Map<Long, String> groupOf = new HashMap<>();
        for (Response r : all) {
            groupOf.computeIfAbsent(r.getOrgId(), org -> orgs.selfAndAncestors(org).stream()
                    .filter(o -> survey.getOrgId().equals(o.parentId())).findFirst()
                    .map(OrgDirectory.OrgSummary::name).orElse(orgs.nameOf(org)));
        }
        return groupOf;
    }

    static List<Response.Answer> answersTo(Response r, Question q) {
        return r.getAnswers().stream().filter(a -> q.getId().equals(a.questionId())).toList();
    }

    private static List<Tally> tally(List<String> labels, List<String> values, long n) {
        return labels.stream().map(l -> {
            long c = values.stream().filter(l::equals).count();
            return new Tally(l, c, percent(c, n));
        }).toList();
    }

    static int percent(long count, long of) {
        return of == 0 ? 0 : (int) Math.round(100.0 * count / of);
    }

    private static String mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP).toPlainString();
    }
}
