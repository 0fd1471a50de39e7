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

/** A worker's way through a course, its video by byte ranges, prerequisites, scope, and bad input on the form. */
@IntegrationTest
class CourseLearningTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aWorkerLearnsTheLessonsPassesTheQuizAndHoldsAVerifiableCertificate() {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        String title = "生态文明课程-" + System.nanoTime();
        long course = course(province, title, 3, 60, 20, 3);
        textLesson(province, course, "第一课 绿色发展");
        videoLesson(province, course, "第二课 视频");
        bank(province, course);
        List<Long> lessons = lessons(jdbc, course);

        TestHttp worker = TestHttp.signedIn(port, "worker.forest");
        assertThat(worker.get("/training").body()).contains(title);
        assertThat(worker.postForm("/training/courses/" + course + "/enrolment", Map.of()).status()).isEqualTo(302);
        String text = worker.get("/training/courses/" + course + "/lessons/" + lessons.get(0)).body();
        assertThat(text).contains("<p>绿水青山就是金山银山。</p>").contains("<b>保护</b>生态环境。")
                .as("the lesson's rich text is sanitised").doesNotContain("alert(1)").doesNotContain("onclick");
        assertThat(worker.postForm("/training/courses/" + course + "/lessons/" + lessons.get(0) + "/done", Map.of())
                .status()).isEqualTo(302);

        TestHttp.Response part = worker.getWithHeader("/training/courses/" + course + "/lessons/" + lessons.get(1)
                + "/file", "Range", "bytes=100-199");
        assertThat(part.status()).isEqualTo(206);
        assertThat(part.header("Content-Range")).isEqualTo("bytes 100-199/" + VIDEO.length);
        assertThat(part.bytes()).hasSize(100).startsWith(VIDEO[100], VIDEO[101]);
        TestHttp.Response whole = worker.get("/training/courses/" + course + "/lessons/" + lessons.get(1) + "/file");
        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.header("Content-Type")).startsWith("video/mp4");
        assertThat(whole.header("Accept-Ranges")).isEqualTo("bytes");
        assertThat(whole.bytes()).isEqualTo(VIDEO);
        worker.postForm("/training/courses/" + course + "/lessons/" + lessons.get(1) + "/done", Map.of());
        assertThat(worker.get("/training/courses/" + course).body()).contains("学习中").doesNotContain("certificate-link");

        long attempt = start(worker, course);
        assertThat(answer(worker, jdbc, attempt, true).status()).isEqualTo(302);
        String result = worker.get("/training/attempts/" + attempt + "/result").body();
        assertThat(result).contains("得分 100").contains("id=\"course-completed\"");
        String code = jdbc.queryForObject("select certificate_code from training_enrolment where course_id = ?",
                String.class, course);
        String verified = TestHttp.browser(port).get("/certificates/" + code).body();
        assertThat(verified).contains("完成《" + title + "》课程学习（4 学时）");
        TestHttp.Response pdf = worker.get("/certificates/" + code + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .as("the certificate's Chinese text is in the PDF as text").contains("完成《" + title + "》课程学习")
                    .contains(code);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(worker.get("/me").body()).contains("id=\"my-training\"").contains(title);

        TestHttp api = TestHttp.api(port, "worker.forest");
        assertThat(api.get("/api/v1/training/courses/" + course).json().get("lessons")).hasSize(2);
        assertThat(api.get("/api/v1/training/record").json().get("certificates").toString()).contains(code);
        assertThat(TestHttp.api(port, "cadre.qinghai").get("/api/v1/training/courses/" + course).status())
                .isEqualTo(404);
    }

    @Test
    void aCourseWithPrerequisitesWaitsForThemToBeCompleted() {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        long basic = course(province, "基础课-" + System.nanoTime(), 0, 60, 0, 0);
        textLesson(province, basic, "基础");
        String advancedTitle = "进阶课-" + System.nanoTime();
        long advanced = course(province, advancedTitle, 0, 60, 0, 0, "prerequisites", String.valueOf(basic));
        TestHttp worker = TestHttp.signedIn(port, "rep.forest");
        TestHttp.Response refused = worker.postForm("/training/courses/" + advanced + "/enrolment", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("请先完成先修课程：基础课-");
        worker.postForm("/training/courses/" + basic + "/enrolment", Map.of());
        worker.postForm("/training/courses/" + basic + "/lessons/" + lessons(jdbc, basic).get(0) + "/done", Map.of());
        TestHttp.Response enrolled = worker.postForm("/training/courses/" + advanced + "/enrolment", Map.of());
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(302);
        assertThat(worker.get("/training/courses/" + advanced).body()).contains("id=\"course-status\"");
    }

    @Test
    void anotherProvinceNeitherSeesNorManagesTheCourse() {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        String title = "范围课程-" + System.nanoTime();
        long course = course(province, title, 0, 60, 0, 0);
        textLesson(province, course, "课时");
        long lesson = lessons(jdbc, course).get(0);
        TestHttp qinghai = TestHttp.signedIn(port, "cadre.qinghai");
        assertThat(qinghai.get("/training").body()).doesNotContain(title);
        assertThat(qinghai.get("/training/courses/" + course).status()).isEqualTo(404);
        assertThat(qinghai.get("/training/courses/" + course + "/lessons/" + lesson).status()).isEqualTo(404);
        assertThat(qinghai.postForm("/training/courses/" + course + "/questions",
                Map.of("kind", "TRUE_FALSE", "text", "x", "answer", "true")).status()).isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "worker.station").get("/training/courses/" + course).status()).isEqualTo(404);
        assertThat(TestHttp.signedIn(port, "cadre.forest").get("/training/courses/" + course).body())
                .as("a cadre below the organiser takes the course").contains(title).doesNotContain("id=\"add-lesson\"");
        assertThat(TestHttp.signedIn(port, "cadre.forest").postForm("/training/courses/" + course + "/questions",
                Map.of("kind", "TRUE_FALSE", "text", "x", "answer", "true")).status())
                .as("but does not manage it").isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from training_question where course_id = ?", Long.class,
                course)).isZero();
    }

    @Test
    void badTermsAreShownOnTheFormAndNothingIsWritten() {
        TestHttp province = TestHttp.signedIn(port, "cadre.province");
        long before = jdbc.queryForObject("select count(*) from training_course", Long.class);
        TestHttp.Response r = province.postForm("/training/courses", Map.of("title", "", "summary", "x",
                "creditHours", "abc", "quizSize", "5", "passMark", "150", "timeLimitMinutes", "0", "maxAttempts", "0",
                "requestToken", java.util.UUID.randomUUID().toString()));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("请填写课程名称").contains("学时应为 0～200 的整数").contains("及格分应为 0～100 的整数");
        assertThat(jdbc.queryForObject("select count(*) from training_course", Long.class)).isEqualTo(before);
        long course = course(province, "坏文件-" + System.nanoTime(), 0, 60, 0, 0);
        TestHttp.Response bad = province.postMultipart("/training/courses/" + course + "/lessons",
                Map.of("title", "视频", "kind", "VIDEO", "body", ""), "file", "fake.mp4",
                "not a video".getBytes(), "video/mp4");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("field-error");
        assertThat(lessons(jdbc, course)).isEmpty();
    }
}
