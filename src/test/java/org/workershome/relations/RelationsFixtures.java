package org.workershome.relations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.TestHttp;

/** Small builders for the labour-relations tests: a template of their own (so that tests never share a task). */
final class RelationsFixtures {

    private static final Pattern SCREENING = Pattern.compile("/relations/screenings/(\\d+)");

    private RelationsFixtures() {}

    /** An active template with a checkpoint of each weight; the test's own. */
    static ScreeningTemplate template(ScreeningTemplates templates, int... weights) {
        ScreeningTemplate template = new ScreeningTemplate("T-" + UUID.randomUUID().toString().substring(0, 8),
                ScreeningTemplate.Period.MONTHLY);
        for (int i = 0; i < weights.length; i++) {
            template.add(Dimension.values()[i % Dimension.values().length], "Checkpoint " + (i + 1), weights[i]);
        }
        return templates.saveAndFlush(template);
    }

    /** Stops the schedule from making tasks of a test's template. */
    static void retire(ScreeningTemplates templates, ScreeningTemplate template) {
        ScreeningTemplate stored = templates.findById(template.getId()).orElseThrow();
        stored.rename(stored.getName(), stored.getPeriod(), false);
        templates.saveAndFlush(stored);
    }

    static long orgId(JdbcTemplate jdbc, String name) {
        return jdbc.queryForObject("select id from org where name = ?", Long.class, name);
    }

    /** Opens a screening of the unit with the template now, as the cadre of the session; its id. */
    static long open(TestHttp cadre, long orgId, long templateId) {
        cadre.get("/relations");
        TestHttp.Response opened = cadre.postForm("/relations/screenings", Map.of("orgId", String.valueOf(orgId),
                "templateId", String.valueOf(templateId), "requestToken", UUID.randomUUID().toString()));
        if (opened.status() != 302) {
            throw new IllegalStateException("open: " + opened.status() + " " + opened.body());
        }
        Matcher m = SCREENING.matcher(opened.header("Location"));
        if (!m.find()) {
            throw new IllegalStateException(opened.header("Location"));
        }
        return Long.parseLong(m.group(1));
    }

    /** The form fields answering each checkpoint of the template: RISK for the positions given, else OK. */
    static Map<String, String> answers(ScreeningTemplate template, String token, int... riskPositions) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<Checkpoint> checkpoints = template.getCheckpoints();
        for (int i = 0; i < checkpoints.size(); i++) {
            final int position = i;
            boolean risk = java.util.Arrays.stream(riskPositions).anyMatch(p -> p == position);
            fields.put("risk" + checkpoints.get(i).getId(), risk ? "RISK" : "OK");
            fields.put("note" + checkpoints.get(i).getId(), risk ? "发现隐患 " + position : "");
        }
        fields.put("requestToken", token);
        return fields;
    }

    static String level(JdbcTemplate jdbc, long orgId) {
        return jdbc.queryForList("select level from relations_org_risk where org_id = ?", String.class, orgId).stream()
                .findFirst().orElse("NONE");
    }
}
