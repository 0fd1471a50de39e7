package org.workershome.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.demo.DemoRecords;
import org.workershome.core.demo.DemoSignIn;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;
import org.workershome.training.course.Course;
import org.workershome.training.course.CourseDraft;
import org.workershome.training.course.CourseManagement;
import org.workershome.training.course.LessonKind;
import org.workershome.training.course.Learning;
import org.workershome.training.plan.PlanManagement;
import org.workershome.training.quiz.QuestionKind;
import org.workershome.training.quiz.QuestionBank;
import org.workershome.training.quiz.QuizManagement;
import org.workershome.training.session.SessionDraft;
import org.workershome.training.session.TrainingSessionManagement;
import org.workershome.training.skill.SkillLevel;
import org.workershome.training.skill.SkillManagement;

/**
 * Heilongjiang's ecological-civilisation course (生态文明) with two lessons, an offline session as its third and a
 * quiz bank of every kind; the cadres' required plan for it; the offline session with registrations and a waiting
 * list; a forest worker's skill level. Made through the services, signed in as the demo accounts.
 */
@Component
@Order(70)
class TrainingDemoData implements ApplicationRunner {

    private final WorkersHomeProperties properties;
    private final DemoRecords records;
    private final DemoSignIn demo;
    private final CourseManagement courses;
    private final Learning learning;
    private final QuizManagement quiz;
    private final QuestionBank bank;
    private final TrainingSessionManagement sessions;
    private final PlanManagement plans;
    private final SkillManagement skills;
    private final Clock clock;

    TrainingDemoData(WorkersHomeProperties properties, DemoRecords records, DemoSignIn demo, CourseManagement courses,
            Learning learning, QuizManagement quiz, QuestionBank bank, TrainingSessionManagement sessions, PlanManagement plans,
            SkillManagement skills, Clock clock) {
        this.properties = properties;
        this.records = records;
        this.demo = demo;
        this.courses = courses;
        this.learning = learning;
        this.quiz = quiz;
        this.bank = bank;
        this.sessions = sessions;
        this.plans = plans;
        this.skills = skills;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled() || !records.orgTreeSeeded() || !Scopes.asSystem(courses::list).isEmpty()) {
            return;
        }
        demo.seeding(this::seed);
    }

    private void seed() {
        CurrentUser province = demo.as("cadre.province");
        Course course = courses.create(province, province.orgId(), new CourseDraft("生态文明建设专题培训",
                "学习习近平生态文明思想，践行“绿水青山就是金山银山”，做生态文明建设的主人翁。", null, 6, true, 5, 60, 20, 3,
                null, Set.of()));
        Long id = course.getId();
        courses.addLesson(province, id, "第一课 绿水青山就是金山银山", LessonKind.TEXT,
                "<h3>生态文明思想的核心要义</h3><p>坚持人与自然和谐共生，<strong>绿水青山就是金山银山</strong>。</p>"
                        + "<ul><li>良好生态环境是最普惠的民生福祉</li><li>山水林田湖草沙是生命共同体</li></ul>",
                null, null);
        courses.addLesson(province, id, "第二课 林草职工的生态责任", LessonKind.TEXT,
                "<p>护林防火、植树造林、湿地保护，是林草职工的本职，也是建设美丽中国的一线工作。</p>"
                        + "<p>节约用水用电、垃圾分类、绿色出行，从身边小事做起。</p>", null, null);
        bank.add(province, id, QuestionKind.TRUE_FALSE, "绿水青山就是金山银山。", List.of(), "true");
        bank.add(province, id, QuestionKind.TRUE_FALSE, "生态保护只是环保部门的事，与职工无关。", List.of(), "false");
        bank.add(province, id, QuestionKind.SINGLE, "我国提出力争在哪一年前实现碳达峰？",
                List.of("2025 年", "2030 年", "2060 年"), "1");
        bank.add(province, id, QuestionKind.SINGLE, "每年的 3 月 12 日是：",
                List.of("世界水日", "植树节", "地球日"), "1");
        bank.add(province, id, QuestionKind.MULTIPLE, "下列属于绿色生活方式的有：",
                List.of("垃圾分类", "绿色出行", "过度包装", "节约用水"), "0,1,3");
        bank.add(province, id, QuestionKind.MULTIPLE, "山水林田湖草沙生命共同体包括：",
                List.of("森林", "草原", "湿地", "高楼"), "0,1,2");
        bank.add(province, id, QuestionKind.FILL, "力争 2060 年前实现碳____。", List.of(), "中和");
        bank.add(province, id, QuestionKind.FILL, "护林防火，人人有____。", List.of(), "责|责任");

        LocalDate day = LocalDate.ofInstant(clock.instant(), Times.ZONE).plusDays(7);
        CurrentUser forestCadre = demo.as("cadre.forest");
        sessions.create(forestCadre, forestCadre.orgId(), new SessionDraft("林草生态保护现场实训",
                day.atTime(LocalTime.of(9, 0)).atZone(Times.ZONE).toInstant(),
                day.atTime(LocalTime.of(11, 30)).atZone(Times.ZONE).toInstant(), "伊春红星林场职工之家二楼培训室",
                "王建国（高级技师）", 2, "《森林防火手册》《湿地保护读本》，请自带笔记本。", null));
        Long sessionId = Scopes.asSystem(sessions::list).get(0).getId();
        for (String learner : List.of("worker.forest", "rep.forest", "cadre.forest")) {
            sessions.register(demo.as(learner), sessionId);
        }
        province = demo.as("cadre.province");
        plans.assign(province, province.orgId(), id, "2026 年度干部生态文明必修课",
                LocalDate.ofInstant(clock.instant(), Times.ZONE).plusDays(30));
        learning.enrol(demo.as("worker.forest"), id);
        CurrentUser rep = demo.as("rep.forest");
        learning.enrol(rep, id);
        Long attempt = quiz.start(rep, id).getId();
        quiz.submit(rep, attempt, java.util.Map.of());
        CurrentUser forest = demo.as("cadre.forest");
        Long worker = records.orgNamed("伊春红星林场工会").map(o -> records.membersOf(o.getId()).get(0).getId()).orElseThrow();
        skills.record(forest, worker, "护林员", SkillLevel.INTERMEDIATE, "2024 年取得中级工证书");
    }
}
