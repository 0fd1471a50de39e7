package org.workershome.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.TestHttp;

/** Courses, lessons and questions made through the pages for one test. */
public final class TrainingFixtures {

    /** The smallest MP4 header the upload check accepts (a box of type ftyp), and bytes to seek in. */
    public static final byte[] VIDEO = video();

    private TrainingFixtures() {}

    /** A course of the province (cadre.province), open to self-enrolment. */
    public static long course(TestHttp cadre, String title, int quizSize, int passMark, int limit, int attempts,
            String... extra) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("title", title, "summary", "生态文明建设与绿色发展",
                "creditHours", "4", "selfEnrol", "true", "quizSize", String.valueOf(quizSize),
                "passMark", String.valueOf(passMark), "timeLimitMinutes", String.valueOf(limit),
                "maxAttempts", String.valueOf(attempts), "requestToken", UUID.randomUUID().toString()));
        for (int i = 0; i + 1 < extra.length; i += 2) {
            fields.put(extra[i], extra[i + 1]);
        }
        TestHttp.Response r = cadre.postForm("/training/courses", fields);
        assertThat(r.status()).as(r.body()).isEqualTo(302);
        return Long.parseLong(r.header("Location").replaceAll(".*/training/courses/", ""));
    }

    public static void textLesson(TestHttp cadre, long course, String title) {
        TestHttp.Response r = cadre.postMultipart("/training/courses/" + course + "/lessons",
                Map.of("title", title, "kind", "TEXT", "body",
                        "<p>绿水青山就是金山银山。</p><script>alert(1)</script><p onclick=\"x()\"><b>保护</b>生态环境。</p>"),
                "file", "", new byte[0], "application/octet-stream");
        assertThat(r.status()).as(r.body()).isEqualTo(302);
    }

    public static void videoLesson(TestHttp cadre, long course, String title) {
        TestHttp.Response r = cadre.postMultipart("/training/courses/" + course + "/lessons",
                Map.of("title", title, "kind", "VIDEO", "body", ""), "file", "lesson.mp4", VIDEO, "video/mp4");
        assertThat(r.status()).as(r.body()).isEqualTo(302);
    }

    public static void question(TestHttp cadre, long course, String kind, String text, String options, String answer) {
        TestHttp.Response r = cadre.postForm("/training/courses/" + course + "/questions",
                Map.of("kind", kind, "text", text, "options", options, "answer", answer));
        assertThat(r.status()).as(r.body()).isEqualTo(302);
    }

    /** Five true/false questions whose answer is "true". */
    public static void bank(TestHttp cadre, long course) {
        for (int i = 1; i <= 5; i++) {
            question(cadre, course, "TRUE_FALSE", "生态判断题" + i, "", "true");
        }
    }

    public static List<Long> lessons(JdbcTemplate jdbc, long course) {
        return jdbc.queryForList("select id from training_lesson where course_id = ? order by position", Long.class,
                course);
    }

    /** Starts (or continues) an attempt; its id. */
    public static long start(TestHttp learner, long course) {
        TestHttp.Response r = learner.postForm("/training/courses/" + course + "/attempts", Map.of());
        assertThat(r.status()).as(r.body()).isEqualTo(302);
        return Long.parseLong(r.header("Location").replaceAll(".*/training/attempts/", ""));
    }

    /** The question ids of an attempt's paper as the page shows them, in order. */
    public static List<Long> paper(TestHttp learner, long attempt) {
        String body = learner.get("/training/attempts/" + attempt).body();
        Set<Long> ids = new LinkedHashSet<>();
        Matcher m = Pattern.compile("name=\"q(\\d+)\"").matcher(body);
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return List.copyOf(ids);
    }

    /** Submits the attempt answering each question right (or wrong). */
    public static TestHttp.Response answer(TestHttp learner, JdbcTemplate jdbc, long attempt, boolean right) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Long q : paper(learner, attempt)) {
            String key = jdbc.queryForObject("select answer from training_question where id = ?", String.class, q);
            fields.put("q" + q, right ? key.split("\\|")[0] : "false-" + key);
        }
        fields.put("requestToken", UUID.randomUUID().toString());
        return learner.postForm("/training/attempts/" + attempt, fields);
    }

    private static byte[] video() {
        byte[] bytes = new byte[4096];
        byte[] head = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
        System.arraycopy(head, 0, bytes, 0, head.length);
        for (int i = head.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 251);
        }
        return bytes;
    }
}
