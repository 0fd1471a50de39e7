package org.workershome.surveys.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.demo.DemoRecords;
import org.workershome.core.demo.DemoSignIn;
import org.workershome.core.org.Org;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;
import org.workershome.surveys.SurveyManagement;
import org.workershome.surveys.contact.ContactManagement;
import org.workershome.surveys.contact.ContactPoint;
import org.workershome.surveys.contact.Visit;

/**
 * Demo contact points and research, through the services: the Heilongjiang cadre keeps the forest farm and the
 * Qixing farm, visited the forest farm (a follow-up for the forest farm's cadre) and wrote a published report on the
 * wages survey and that visit; the Qinghai cadre keeps the Maduo weather station, visited once.
 */
@Component
@Order(61)
class ResearchDemoData implements ApplicationRunner {

    private final WorkersHomeProperties properties;
    private final ContactManagement contacts;
    private final ReportManagement reports;
    private final SurveyManagement surveys;
    private final ResearchReports stored;
    private final DemoRecords records;
    private final DemoSignIn demo;
    private final Clock clock;

    ResearchDemoData(WorkersHomeProperties properties, ContactManagement contacts, ReportManagement reports,
            SurveyManagement surveys, ResearchReports stored, DemoRecords records, DemoSignIn demo, Clock clock) {
        this.properties = properties;
        this.contacts = contacts;
        this.reports = reports;
        this.surveys = surveys;
        this.stored = stored;
        this.records = records;
        this.demo = demo;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled() || !records.orgTreeSeeded() || Scopes.asSystem(() -> stored.count()) > 0) {
            return;
        }
        demo.seeding(this::seed);
    }

    private void seed() {
        Org forest = records.orgNamed("伊春红星林场工会").orElse(null);
        Org farm = records.orgNamed("建三江七星农场工会").orElse(null);
        Org station = records.orgNamed("玛多县气象站工会").orElse(null);
        Org heilongjiang = records.orgNamed("黑龙江省农林水利气象工会").orElse(null);
        if (forest == null || farm == null || station == null || heilongjiang == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
        CurrentUser province = demo.as("cadre.province");
        ContactPoint forestPoint = contacts.create(province, forest.getId(), "重点联系林区一线营林工和防火瞭望员。");
        contacts.create(province, farm.getId(), null);
        Long forestCadre = contacts.owners(forest.getId()).stream().filter(h -> h.name().equals("红星林场工会干部"))
                .findFirst().orElseThrow().accountId();
        Visit visit = contacts.record(province, forestPoint.getId(), new ContactManagement.VisitDraft(today.minusDays(2),
                "营林工王德胜、李春梅，林场工会主席", "一线营林工10月、11月工资延迟发放；职工宿舍冬季供暖不足，室温不到十度。",
                List.of(new ContactManagement.FollowUpDraft("督促林场制定欠薪支付计划", forestCadre, today.plusDays(3)),
                        new ContactManagement.FollowUpDraft("协调宿舍供暖改造资金", forestCadre, today.plusDays(14)))), null);

        CurrentUser qinghai = demo.as("cadre.qinghai");
        ContactPoint stationPoint = contacts.create(qinghai, station.getId(), "高原艰苦台站。");
        contacts.record(qinghai, stationPoint.getId(), new ContactManagement.VisitDraft(today.minusDays(5),
                "台站站长、两名临时观测员", "高原津贴连续三个月未发放；临时观测员未参加工伤保险。", List.of()), null);

        province = demo.as("cadre.province");
        Long survey = surveys.inScope().stream().filter(s -> s.getTitle().startsWith("2026年产业职工收入"))
                .findFirst().map(s -> s.getId()).orElse(null);
        ResearchReport report = reports.write(province, new ReportManagement.Draft(heilongjiang.getId(),
                "关于林区一线职工工资发放和住宿条件的调研报告",
                "<h2>基本情况</h2><p>本次调研结合<strong>产业职工收入与工作条件调查</strong>和对伊春红星林场的走访。</p>"
                        + "<h2>主要问题</h2><ul><li>木材回款滞后导致工资延迟发放；</li><li>职工宿舍冬季供暖不足。</li></ul>"
                        + "<h2>建议</h2><p>督促林场建立工资支付保障金，申请专项资金改造宿舍供暖。</p>",
                survey, visit.getId()), null);
        reports.publish(province, report.getId());
    }
}
