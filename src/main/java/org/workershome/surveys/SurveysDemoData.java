package org.workershome.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Role;
import org.workershome.core.demo.DemoRecords;
import org.workershome.core.demo.DemoSignIn;
import org.workershome.core.member.Member;
import org.workershome.core.org.Org;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;

/**
 * Demo surveys, entered through the services: a named survey of the whole union on wages and working conditions,
 * open, answered by members of both demo provinces (worker.forest has not answered yet); an anonymous survey on
 * work pressure, answered in both provinces and closed, so that its results show. Contact points, visits and a
 * report follow ({@code report.ResearchDemoData}).
 */
@Component
@Order(60)
class SurveysDemoData implements ApplicationRunner {

    private final WorkersHomeProperties properties;
    private final SurveyManagement management;
    private final SurveyAnswering answering;
    private final Surveys surveys;
    private final DemoRecords records;
    private final DemoSignIn demo;
    private final Clock clock;

    SurveysDemoData(WorkersHomeProperties properties, SurveyManagement management, SurveyAnswering answering,
            Surveys surveys, DemoRecords records, DemoSignIn demo, Clock clock) {
        this.properties = properties;
        this.management = management;
        this.answering = answering;
        this.surveys = surveys;
        this.records = records;
        this.demo = demo;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled() || !records.orgTreeSeeded() || Scopes.asSystem(() -> surveys.count()) > 0) {
            return;
        }
        demo.seeding(this::seed);
    }

    private void seed() {
        Org national = records.orgNamed("中国农林水利气象工会").orElse(null);
        Org forest = records.orgNamed("伊春红星林场工会").orElse(null);
        Org station = records.orgNamed("玛多县气象站工会").orElse(null);
        if (national == null || forest == null || station == null) {
            return;
        }
        CurrentUser admin = demo.as("admin");
        LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
        Survey named = management.create(admin, new SurveyManagement.SurveyDraft(national.getId(),
                "2026年产业职工收入与工作条件调查", "了解农林水利气象系统一线职工的收入、工作条件和对工会工作的意见，结果用于年度调研报告。",
                false, Set.of(Role.WORKER), today.minusDays(3), today.plusDays(20)), null);
        List<Question> n = List.of(
                management.addQuestion(admin, named.getId(), new QuestionDraft(QuestionKind.SINGLE,
                        "本年度工资是否按时足额发放", "是\n否", null, null, true, null, null)));
        Question late = management.addQuestion(admin, named.getId(), new QuestionDraft(QuestionKind.TEXT,
                "请说明拖欠或延迟发放的情况", null, null, null, true, n.get(0).getId(), "否"));
        Question help = management.addQuestion(admin, named.getId(), new QuestionDraft(QuestionKind.MULTIPLE,
                "您最需要工会提供哪些帮助", "技能培训\n法律援助\n困难帮扶\n文体活动\n子女教育", null, null, false, null, null));
        Question matrix = management.addQuestion(admin, named.getId(), new QuestionDraft(QuestionKind.MATRIX,
                "对以下工作条件的评价", "好\n一般\n差", "宿舍\n食堂\n劳动防护用品", null, false, null, null));
        Question scale = management.addQuestion(admin, named.getId(), new QuestionDraft(QuestionKind.SCALE,
                "对本单位工会工作的满意度", null, null, 5, true, null, null));
        Question hours = management.addQuestion(admin, named.getId(), new QuestionDraft(QuestionKind.NUMBER,
                "平均每周工作小时数", null, null, null, false, null, null));
        management.publish(admin, named.getId());

        Survey anonymous = management.create(admin, new SurveyManagement.SurveyDraft(national.getId(),
                "一线职工工作压力与心理健康匿名调查", "本问卷为匿名问卷，请如实填写。", true, Set.of(Role.WORKER),
                today.minusDays(10), today), null);
        Question pressure = management.addQuestion(admin, anonymous.getId(), new QuestionDraft(QuestionKind.SCALE,
                "近一个月的工作压力（1最低，5最高）", null, null, 5, true, null, null));
        Question source = management.addQuestion(admin, anonymous.getId(), new QuestionDraft(QuestionKind.RANKING,
                "压力来源排序", "收入\n工作强度\n偏远孤独\n安全风险", null, null, false, null, null));
        Question words = management.addQuestion(admin, anonymous.getId(), new QuestionDraft(QuestionKind.TEXT,
                "想对工会说的话", null, null, null, false, null, null));
        management.publish(admin, anonymous.getId());

        Random random = new Random(17);
        String[] texts = {"希望增加高原津贴", "冬季巡护太辛苦，希望配发防寒装备", "台站人少，希望多组织文体活动",
            "希望工会常来基层看看", "工资能按时发就好"};
        for (Org unit : List.of(forest, station)) {
            List<Member> members = records.membersOf(unit.getId());
            for (int i = 2; i < Math.min(members.size(), 7); i++) {
                Long member = members.get(i).getId();
                boolean paid = random.nextInt(4) > 0;
                Map<String, List<String>> a = new HashMap<>(Map.of(
                        n.get(0).field(), List.of(paid ? "是" : "否"),
                        help.field(), List.of(List.of("技能培训", "法律援助", "困难帮扶", "文体活动").get(random.nextInt(4))),
                        matrix.field() + ".0", List.of(List.of("好", "一般", "差").get(random.nextInt(3))),
                        matrix.field() + ".1", List.of(List.of("好", "一般").get(random.nextInt(2))),
                        matrix.field() + ".2", List.of(List.of("好", "一般", "差").get(random.nextInt(3))),
                        scale.field(), List.of(String.valueOf(3 + random.nextInt(3))),
                        hours.field(), List.of(String.valueOf(44 + random.nextInt(16)))));
                if (!paid) {
                    a.put(late.field(), List.of(unit == forest ? "木材回款慢，10月工资延迟半个月发放" : "津贴拖欠三个月"));
                }
                answering.seed(named.getId(), member, a);
                List<Integer> ranks = new java.util.ArrayList<>(List.of(1, 2, 3, 4));
                java.util.Collections.shuffle(ranks, random);
                answering.seed(anonymous.getId(), member, Map.of(pressure.field(), List.of(String.valueOf(2 + random.nextInt(4))),
                        source.field() + ".0", List.of(ranks.get(0).toString()), source.field() + ".1", List.of(ranks.get(1).toString()),
                        source.field() + ".2", List.of(ranks.get(2).toString()), source.field() + ".3", List.of(ranks.get(3).toString()),
                        words.field(), List.of(texts[random.nextInt(texts.length)])));
            }
        }
        answering.submit(demo.as("worker.station"), anonymous.getId(), Map.of(pressure.field(), List.of("4"),
                words.field(), List.of("希望增加高原津贴")), null);
        answering.submit(demo.as("worker.station"), named.getId(), Map.of(n.get(0).field(), List.of("否"),
                late.field(), List.of("高原津贴连续三个月未发放"), scale.field(), List.of("3")), null);
        management.close(demo.as("admin"), anonymous.getId());
    }
}
