package org.workershome.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.workershome.core.error.InvalidInput;

/**
 * Reads a filled form into answers: field {@code q<id>} for most kinds (several values for a multiple choice),
 * {@code q<id>.<row>} for a matrix row, {@code q<id>.<option>} with the rank for a ranking. Skip logic is applied
 * (answers to skipped questions dropped), then every shown question is checked: required, an option it offers, a
 * number, a date, a text of at most 2,000 characters, ranks 1..n each once.
 */
final class AnswerSheet {

    static final int MAX_TEXT = 2000;

    private AnswerSheet() {}

    static List<Response.Answer> read(List<Question> questions, Map<String, List<String>> params) {
        Map<Long, List<String>> plain = new LinkedHashMap<>();
        for (Question q : questions) {
            plain.put(q.getId(), params.getOrDefault(q.field(), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank()).map(String::strip).toList());
        }
        Set<Long> shown = SkipLogic.shown(questions, plain);
        Map<String, String> errors = new LinkedHashMap<>();
        List<Response.Answer> answers = new ArrayList<>();
        for (Question q : questions) {
            if (!shown.contains(q.getId())) {
                continue;
            }
            List<Response.Answer> mine = new ArrayList<>();
            String error = read(q, plain.get(q.getId()), params, mine);
            if (error == null && q.isRequired() && mine.isEmpty()) {
                error = "surveys.answer.required";
            }
            if (error != null) {
                errors.put(q.field(), error);
            }
            answers.addAll(mine);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return answers;
    }

    private static String read(Question q, List<String> values, Map<String, List<String>> params,
            List<Response.Answer> out) {
        Long id = q.getId();
        switch (q.getKind()) {
            case SINGLE, MULTIPLE -> {
                if (q.getKind() == QuestionKind.SINGLE && values.size() > 1
                        || !q.optionList().containsAll(values)) {
                    return "surveys.answer.option";
                }
                values.stream().distinct().forEach(v -> out.add(new Response.Answer(id, null, v)));
            }
            case SCALE -> {
                if (values.isEmpty()) {
                    return null;
                }
                if (values.size() > 1 || !q.marks().stream().map(String::valueOf).toList().contains(values.get(0))) {
                    return "surveys.answer.option";
                }
                out.add(new Response.Answer(id, null, values.get(0)));
            }
            case NUMBER -> {
                if (values.isEmpty()) {
                    return null;
                }
                try {
                    BigDecimal n = new BigDecimal(values.get(0));
                    if (n.abs().compareTo(new BigDecimal("1e12")) > 0) {
                        return "surveys.answer.number";
                    }
                    out.add(new Response.Answer(id, null, n.stripTrailingZeros().toPlainString()));
                } catch (NumberFormatException e) {
                    return "surveys.answer.number";
                }
            }
            case DATE -> {
                if (values.isEmpty()) {
                    return null;
                }
                try {
                    out.add(new Response.Answer(id, null, LocalDate.parse(values.get(0)).toString()));
                } catch (DateTimeParseException e) {
                    return "surveys.answer.date";
                }
            }
            case TEXT -> {
                if (values.isEmpty()) {
                    return null;
                }
                String text = String.join("\n", values);
                if (text.length() > MAX_TEXT) {
                    return "surveys.answer.textSize";
                }
                out.add(new Response.Answer(id, null, text));
            }
            case MATRIX -> {
                List<String> rows = q.rowList();
                int answered = 0;
                for (int i = 0; i < rows.size(); i++) {
                    List<String> v = params.getOrDefault(q.field() + "." + i, List.of()).stream()
                            .filter(s -> s != null && !s.isBlank()).toList();
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (v.size() > 1 || !q.optionList().contains(v.get(0).strip())) {
                        return "surveys.answer.option";
                    }
                    out.add(new Response.Answer(id, rows.get(i), v.get(0).strip()));
                    answered++;
                }
                if (answered > 0 && answered < rows.size()) {
                    return "surveys.answer.matrixRows";
                }
            }
            case RANKING -> {
                List<String> options = q.optionList();
                Set<String> ranks = new HashSet<>();
                List<Response.Answer> ranked = new ArrayList<>();
                for (int i = 0; i < options.size(); i++) {
                    String rank = params.getOrDefault(q.field() + "." + i, List.of()).stream()
                            .filter(s -> s != null && !s.isBlank()).findFirst().orElse(null);
                    if (rank != null) {
                        ranks.add(rank.strip());
                        ranked.add(new Response.Answer(id, options.get(i), rank.strip()));
                    }
                }
                if (ranked.isEmpty()) {
                    return null;
                }
                Set<String> expected = new HashSet<>();
                for (int i = 1; i <= options.size(); i++) {
                    expected.add(String.valueOf(i));
                }
                if (ranked.size() != options.size() || !ranks.equals(expected)) {
                    return "surveys.answer.ranking";
                }
                out.addAll(ranked);
            }
            default -> throw new IllegalStateException(q.getKind().name());
        }
        return null;
    }
}
