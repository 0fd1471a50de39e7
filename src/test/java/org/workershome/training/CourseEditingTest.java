package org.workershome.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.training.TrainingFixtures.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;
import org.workershome.support.Workbooks;

/**
 * Organisers change a course after the fact: lessons changed, reordered and removed (not once a learner has done
 * one), questions changed (the old wording retired, kept for the attempts that drew it), retired, and imported from
 * a workbook all or nothing; others may not.
 */
@IntegrationTest
class CourseEditingTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void lessonsAreChangedReorderedAndRemovedUntilALearnerHasDoneThem() {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        long course = course(province, "编辑课程-" + System.nanoTime(), 3, 60, 20, 3);
        textLesson(province, course, "第一课");
        textLesson(province, course, "第二课");
        videoLesson(province, course, "第三课 视频");
        List<Long> lessons = lessons(jdbc, course);
        String base = "/training/courses/" + course + "/lessons/";

        assertThat(province.get(base + lessons.get(0) + "/edit").body()).contains("第一课");
        TestHttp.Response changed = province.postForm(base + lessons.get(0) + "/edit",
                Map.of("title", "第一课 绿色发展", "body", "<p>新的正文</p><script>alert(1)</script>"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(302);
        assertThat(jdbc.queryForMap("select title, body from training_lesson where id = ?", lessons.get(0)))
                .containsEntry("title", "第一课 绿色发展").containsEntry("body", "<p>新的正文</p>");
        TestHttp.Response blank = province.postForm(base + lessons.get(0) + "/edit", Map.of("title", " ", "body", ""));
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.body()).contains("请填写");
        assertThat(jdbc.queryForObject("select title from training_lesson where id = ?", String.class, lessons.get(0)))
                .as("nothing written").isEqualTo("第一课 绿色发展");

        assertThat(province.postForm(base + lessons.get(2) + "/move?up=true", Map.of()).status()).isEqualTo(302);
        assertThat(lessons(jdbc, course)).as("the video one place up")
                .containsExactly(lessons.get(0), lessons.get(2), lessons.get(1));
        assertThat(province.postForm(base + lessons.get(0) + "/move?up=true", Map.of()).status())
                .as("the first stays first").isEqualTo(302);
        assertThat(lessons(jdbc, course)).first().isEqualTo(lessons.get(0));

        long files = jdbc.queryForObject("select count(*) from attachment where target_id = ?", Long.class, lessons.get(2));
        assertThat(files).isEqualTo(1);
        assertThat(province.postForm(base + lessons.get(2) + "/remove", Map.of()).status()).isEqualTo(302);
        assertThat(lessons(jdbc, course)).containsExactly(lessons.get(0), lessons.get(1));
        assertThat(jdbc.queryForList("select position from training_lesson where course_id = ? order by position",
                Integer.class, course)).as("no gap").containsExactly(1, 2);
        assertThat(jdbc.queryForObject("select count(*) from attachment where target_type = 'training-lesson'"
                + " and target_id = ?", Long.class, lessons.get(2))).as("its file goes too").isZero();

        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        worker.postForm("/training/courses/" + course + "/enrolment", Map.of());
        worker.postForm(base + lessons.get(1) + "/done", Map.of());
        TestHttp.Response refused = province.postForm(base + lessons.get(1) + "/remove", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("已有学员学完这一课时");
        assertThat(lessons(jdbc, course)).hasSize(2);

        assertThat(worker.postForm(base + lessons.get(0) + "/edit", Map.of("title", "越权", "body", "x")).status())
                .isEqualTo(403);
        assertThat(worker.get(base + lessons.get(0) + "/edit").status()).isEqualTo(404);
        TestHttp qinghai = TestHttp.signedIn(port, "cadre.qinghai");
        assertThat(qinghai.postForm(base + lessons.get(0) + "/move?up=false", Map.of()).status()).isEqualTo(404);
        assertThat(qinghai.postForm(base + lessons.get(0) + "/remove", Map.of()).status()).isEqualTo(404);
        assertThat(lessons(jdbc, course)).containsExactly(lessons.get(0), lessons.get(1));
    }

    @Test
    void aChangedQuestionRetiresItsOldWordingWhichAttemptsKeep() {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        long course = course(province, "题库课程-" + System.nanoTime(), 3, 60, 20, 3);
        textLesson(province, course, "第一课");
        question(province, course, "SINGLE", "碳达峰的年份是？", "2025\n2030\n2035", "1");
        question(province, course, "TRUE_FALSE", "绿水青山就是金山银山。", "", "true");
        question(province, course, "FILL", "力争 2060 年前实现碳____。", "", "中和");
        List<Long> bank = questions(course);

        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        worker.postForm("/training/courses/" + course + "/enrolment", Map.of());
        long attempt = start(worker, course);
        assertThat(paper(worker, attempt)).containsExactlyInAnyOrderElementsOf(bank);

        String page = "/training/courses/" + course + "/questions/" + bank.get(0);
        assertThat(province.get(page).body()).contains("碳达峰的年份是？").contains("2030");
        TestHttp.Response wrong = province.postForm(page, Map.of("kind", "SINGLE", "text", "碳达峰的年份是？",
                "options", "2030", "answer", "3"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("答案与题型或选项不符");
        assertThat(questions(course)).as("nothing changed").isEqualTo(bank);
        TestHttp.Response changed = province.postForm(page, Map.of("kind", "SINGLE", "text", "我国力争哪一年前实现碳达峰？",
                "options", "2025\n2030\n2035", "answer", "1"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(302);
        List<Long> now = questions(course);
        assertThat(now).hasSize(3).doesNotContain(bank.get(0)).contains(bank.get(1), bank.get(2));
        assertThat(province.get("/training/courses/" + course + "/quiz").body()).contains("我国力争哪一年前实现碳达峰？")
                .doesNotContain("碳达峰的年份是？");
        assertThat(worker.get("/training/attempts/" + attempt).body()).as("the attempt keeps what it drew")
                .contains("碳达峰的年份是？");
        assertThat(province.get(page).status()).as("a retired question is not changed again").isEqualTo(404);

        assertThat(province.postForm("/training/courses/" + course + "/questions/" + bank.get(1) + "/retire", Map.of())
                .status()).isEqualTo(302);
        assertThat(questions(course)).hasSize(2).doesNotContain(bank.get(1));
        assertThat(worker.postForm("/training/courses/" + course + "/questions/" + bank.get(2) + "/retire", Map.of())
                .status()).isEqualTo(403);
        assertThat(TestHttp.signedIn(port, "cadre.qinghai")
                .get("/training/courses/" + course + "/questions/" + bank.get(2)).status()).isEqualTo(404);
        assertThat(questions(course)).hasSize(2);
    }

    @Test
    void aWorkbookOfQuestionsIsImportedWholeOrNotAtAll() {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        long course = course(province, "导入课程-" + System.nanoTime(), 3, 60, 20, 3);
        String path = "/training/courses/" + course + "/questions/import";
        String[] header = {"题型", "题目", "选项", "答案"};

        byte[] bad = Workbooks.of("题库", header,
                new String[] {"单选题", "碳达峰的年份是？", "2025\n2030", "1"},
                new String[] {"问答题", "什么是绿色发展？", "", "略"},
                new String[] {"判断", "生态保护人人有责。", "", "是"});
        TestHttp.Response refused = province.postMultipart(path, Map.of(), "file", "题库.xlsx", bad, XLSX);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("未导入任何题目").contains("第 3 行：请选择题型")
                .contains("第 4 行：答案与题型或选项不符");
        assertThat(questions(course)).as("nothing written").isEmpty();

        byte[] good = Workbooks.of("题库", header,
                new String[] {"单选题", "碳达峰的年份是？", "2025;2030;2035", "1"},
                new String[] {"多选", "属于绿色生活方式的有：", "垃圾分类\n节约用水\n过度包装", "0,1"},
                new String[] {"TRUE_FALSE", "生态保护人人有责。", "", "true"},
                new String[] {"填空题", "力争 2060 年前实现碳____。", "", "中和"});
        TestHttp.Response imported = province.postMultipart(path, Map.of(), "file", "题库.xlsx", good, XLSX);
        assertThat(imported.status()).as(imported.body()).isEqualTo(302);
        assertThat(jdbc.queryForList("select kind from training_question where course_id = ? order by id", String.class,
                course)).containsExactly("SINGLE", "MULTIPLE", "TRUE_FALSE", "FILL");
        assertThat(jdbc.queryForObject("select options from training_question where course_id = ? and kind = 'SINGLE'",
                String.class, course)).isEqualTo("2025\n2030\n2035");

        TestHttp.Response notExcel = province.postMultipart(path, Map.of(), "file", "题库.xlsx",
                "题型,题目\n单选题,x".getBytes(java.nio.charset.StandardCharsets.UTF_8), XLSX);
        assertThat(notExcel.status()).isEqualTo(200);
        assertThat(notExcel.body()).contains("上传的文件不是 Excel 工作簿").doesNotContain("Exception");
        byte[] noColumns = Workbooks.of("题库", new String[] {"题目"}, new String[] {"x"});
        assertThat(province.postMultipart(path, Map.of(), "file", "题库.xlsx", noColumns, XLSX).body())
                .contains("表头须包含");
        assertThat(questions(course)).hasSize(4);
        assertThat(TestHttp.signedIn(port, "worker.forest").postMultipart(path, Map.of(), "file", "题库.xlsx", good, XLSX)
                .status()).isEqualTo(403);
        assertThat(questions(course)).hasSize(4);
    }

    private List<Long> questions(long course) {
        return jdbc.queryForList("select id from training_question where course_id = ? and not retired order by id",
                Long.class, course);
    }
}
