package org.workershome.competitions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.workershome.core.error.InvalidInput;

/**
 * The organiser's form: terms and up to {@value #ROWS} rubric rows (name, weight, maximum; blank rows are ignored).
 * Numbers come as text so that "abc" gets our message, not a conversion error.
 */
record CompetitionForm(
        @NotBlank(message = "{competition.title.required}") @Size(max = 200, message = "{competition.title.required}") String title,
        @NotBlank(message = "{competition.theme.required}") @Size(max = 500, message = "{competition.theme.required}") String theme,
        CompetitionKind kind, CompetitionLevel level, String occupation, String trimCount, String prizeCount,
        String finalistCount, String appealHours, List<String> itemName, List<String> itemWeight, List<String> itemMax, String requestToken) {

    static final int ROWS = 5;

    static CompetitionForm blank() {
        return new CompetitionForm(null, null, CompetitionKind.SKILL, CompetitionLevel.GRASSROOTS, null, "1", "3", "0", "24",
                List.of(), List.of(), List.of(), UUID.randomUUID().toString());
    }

    static CompetitionForm from(Competition c) {
        return new CompetitionForm(c.getTitle(), c.getTheme(), c.getKind(), c.getLevel(), c.getOccupation(),
                String.valueOf(c.getTrimCount()), String.valueOf(c.getPrizeCount()),
                String.valueOf(c.getFinalistCount()), String.valueOf(c.getAppealHours()),
                c.getRubric().stream().map(RubricItem::getName).toList(),
                c.getRubric().stream().map(i -> String.valueOf(i.getWeight())).toList(),
                c.getRubric().stream().map(i -> String.valueOf(i.getMaxScore())).toList(), null);
    }

    /** The rubric row {@code i} for the template ("" beyond what was given). */
    public String row(List<String> column, int i) {
        return column != null && i < column.size() && column.get(i) != null ? column.get(i) : "";
    }

    CompetitionManagement.Draft toDraft() {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer trim = number(trimCount, "trimCount", "competition.trimCount.range", errors);
        Integer prizes = number(prizeCount, "prizeCount", "competition.prizeCount.range", errors);
        Integer finalists = blankOr(finalistCount, "0", "finalistCount", "competition.finalistCount.range", errors);
        Integer hours = blankOr(appealHours, "24", "appealHours", "competition.appealHours.range", errors);
        List<RubricItem> rubric = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String name = row(itemName, i).strip();
            String weight = row(itemWeight, i).strip();
            String max = row(itemMax, i).strip();
            if (name.isEmpty() && weight.isEmpty() && max.isEmpty()) {
                continue;
            }
            Integer w = number(weight, "rubric", "competition.rubric.item", errors);
            Integer m = number(max, "rubric", "competition.rubric.item", errors);
            rubric.add(new RubricItem(name, w == null ? 0 : w, m == null ? 0 : m));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String job = occupation == null || occupation.isBlank() ? null : occupation.strip();
        return new CompetitionManagement.Draft(title.strip(), theme.strip(), kind, level, job, trim, prizes, finalists, hours,
                rubric);
    }

    /** A number that may be left blank for its default. */
    private static Integer blankOr(String text, String fallback, String field, String key, Map<String, String> errors) {
        return number(text == null || text.isBlank() ? fallback : text, field, key, errors);
    }

    private static Integer number(String text, String field, String key, Map<String, String> errors) {
        try {
            return Integer.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            errors.putIfAbsent(field, key);
            return null;
        }
    }
}
