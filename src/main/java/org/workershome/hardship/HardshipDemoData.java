package org.workershome.hardship;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.demo.DemoSignIn;
import org.workershome.core.member.Member;
import org.workershome.core.org.Org;
import org.workershome.core.demo.DemoRecords;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;

/**
 * Demo hardship data, made through the same service calls as users make them, signed in as the demo accounts:
 * funds allocated down the tree, an approved file at the forest farm with aid and a pairing, one at the weather
 * station with aid under an approved job-skills project, and one under public notice at the station (which
 * {@code worker.station} sees on the notice page). {@code worker.station} himself has no file, so he can apply.
 * The notices of the approved files are moved into the past, the one shortcut the demo takes.
 */
@Component
@Order(30)
class HardshipDemoData implements ApplicationRunner {

    private final WorkersHomeProperties properties;
    private final HardshipApplications applications;
    private final HardshipFileManagement management;
    private final PairingManagement pairing;
    private final FundManagement funds;
    private final HardshipProjectManagement projects;
    private final AidManagement aid;
    private final HardshipFiles files;
    // the demo applies with the members' own ID numbers and phones, which no directory gives out
    private final DemoRecords records;
    private final DemoSignIn demo;
    private final TransactionTemplate tx;
    private final Clock clock;

    HardshipDemoData(WorkersHomeProperties properties, HardshipApplications applications,
            HardshipFileManagement management, PairingManagement pairing, FundManagement funds,
            HardshipProjectManagement projects, AidManagement aid, HardshipFiles files, DemoRecords records,
            DemoSignIn demo, TransactionTemplate tx, Clock clock) {
        this.properties = properties;
        this.applications = applications;
        this.management = management;
        this.pairing = pairing;
        this.funds = funds;
        this.projects = projects;
        this.aid = aid;
        this.files = files;
        this.records = records;
        this.demo = demo;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled() || Scopes.asSystem(() -> files.count()) > 0
                || !records.orgTreeSeeded()) {
            return;
        }
        demo.seeding(this::seed);
    }

    private void seed() {
        int year = LocalDate.now(clock.withZone(Times.ZONE)).getYear();
        Org national = org("中国农林水利气象工会");
        Org heilongjiang = org("黑龙江省农林水利气象工会");
        Org qinghai = org("青海省农林水利气象工会");
        Org forest = org("伊春红星林场工会");
        Org station = org("玛多县气象站工会");
        if (national == null || heilongjiang == null || qinghai == null || forest == null || station == null) {
            return;
        }

        CurrentUser admin = demo.as("admin");
        Fund nationalFund = funds.createFund(admin, national.getId(), year, year + "年全国帮扶资金", new BigDecimal("500000.00"));
        funds.allocate(admin, nationalFund.getId(), heilongjiang.getId(), new BigDecimal("150000.00"), "年度帮扶资金下拨");
        Fund qinghaiFund = funds.allocate(admin, nationalFund.getId(), qinghai.getId(), new BigDecimal("100000.00"), "年度帮扶资金下拨");
        CurrentUser qinghaiCadre = demo.as("cadre.qinghai");
        Fund stationFund = funds.allocate(qinghaiCadre, qinghaiFund.getId(), station.getId(), new BigDecimal("30000.00"), "高原台站专项");
        HardshipProject skills = projects.applyProject(demo.as("cadre.station"), "高原台站职工家属就业技能培训",
                AidType.EMPLOYMENT, "为困难职工家属开设民族手工艺与电商培训，帮助就近就业。", new BigDecimal("12000.00"));
        projects.decideProject(demo.as("cadre.qinghai"), skills.getId(), HardshipProject.Action.APPROVE, "同意，从青海省帮扶资金列支");

        CurrentUser province = demo.as("cadre.province");
        Fund forestFund = funds.allocate(province, Scopes.asSystem(() -> funds.fundsInScope().stream()
                .filter(f -> f.getOrgId().equals(heilongjiang.getId())).findFirst().orElseThrow()).getId(),
                forest.getId(), new BigDecimal("40000.00"), "林区困难职工帮扶");

        // forest farm: a ranger hurt in a fire-watch accident, approved by the province, aided and paired
        List<Member> forestMembers = membersOf(forest);
        Member ranger = forestMembers.get(2);
        HardshipFile rangerFile = approved(ranger, "cadre.forest", "cadre.province", HardshipCause.ACCIDENT,
                HardshipGrade.ACCIDENT, "防火巡护途中摔伤致腰椎骨折，无法从事原岗位，妻子务农，一子读高中。",
                new BigDecimal("520.00"), 3);
        CurrentUser forestCadre = demo.as("cadre.forest");
        aid.giveAid(forestCadre, rangerFile.getId(), new AidManagement.AidRequest(AidType.MEDICAL,
                new BigDecimal("3000.00"), "手术及康复费用救助", forestFund.getId(), null, null));
        aid.giveAid(forestCadre, rangerFile.getId(), new AidManagement.AidRequest(AidType.EDUCATION,
                new BigDecimal("2000.00"), "金秋助学：高中学费", forestFund.getId(), null, null));
        pairing.pair(forestCadre, rangerFile.getId(), null);
        management.recordVisit(forestCadre, rangerFile.getId(), HardshipVisit.Kind.PAIRING, null,
                "结对走访：康复情况良好，商议转岗为防火瞭望员。");

        // weather station: an observer whose wife needs dialysis, approved by the level above (Qinghai), aided
        List<Member> stationMembers = membersOf(station);
        Member observer = stationMembers.get(2);
        HardshipFile observerFile = approved(observer, "cadre.station", "cadre.qinghai", HardshipCause.ILLNESS,
                HardshipGrade.DEEP, "妻子患尿毒症，每周在西宁透析三次，往返交通和治疗费用负担沉重；两个孩子上学。",
                new BigDecimal("480.00"), 4);
        CurrentUser stationCadre = demo.as("cadre.station");
        aid.giveAid(stationCadre, observerFile.getId(), new AidManagement.AidRequest(AidType.MEDICAL,
                new BigDecimal("5000.00"), "透析费用医疗救助", stationFund.getId(), null, null));
        aid.giveAid(stationCadre, observerFile.getId(), new AidManagement.AidRequest(AidType.EMPLOYMENT, null,
                "妻子参加电商培训", null, skills.getId(), null));

        // weather station: a file under public notice now
        Member forecaster = stationMembers.get(3);
        HardshipFile noticed = applications.apply(demo.as("cadre.station"), application(forecaster,
                HardshipCause.DISASTER, HardshipGrade.RELATIVE, "雪灾致家中牲畜大量死亡，家庭主要收入来源中断。",
                new BigDecimal("650.00"), 5));
        management.act(demo.as("cadre.station"), noticed.getId(), new HardshipFileManagement.ActionRequest(
                HardshipAction.VERIFY, "入户核实：牧场受灾情况属实，乡政府已出具证明。", HardshipGrade.RELATIVE, null));
        management.act(demo.as("cadre.station"), noticed.getId(),
                new HardshipFileManagement.ActionRequest(HardshipAction.START_NOTICE, null, null, null));
    }

    private HardshipFile approved(Member member, String handler, String approver, HardshipCause cause,
            HardshipGrade grade, String description, BigDecimal income, int size) {
        HardshipFile file = applications.apply(demo.as(handler), application(member, cause, grade, description, income, size));
        management.act(demo.as(handler), file.getId(), new HardshipFileManagement.ActionRequest(HardshipAction.VERIFY,
                "入户核实：家庭情况与申请一致，证明材料齐全。", grade, null));
        management.act(demo.as(handler), file.getId(),
                new HardshipFileManagement.ActionRequest(HardshipAction.START_NOTICE, null, null, null));
        tx.executeWithoutResult(s -> Scopes.asSystem(() -> {
            HardshipFile managed = files.findById(file.getId()).orElseThrow();
            managed.backdateNoticeForDemo(clock.instant().minus(Duration.ofDays(15)), clock.instant().minus(Duration.ofDays(1)));
        }));
        return management.act(demo.as(approver), file.getId(), new HardshipFileManagement.ActionRequest(HardshipAction.APPROVE,
                "公示期满无异议，同意建档。", null, null));
    }

    private static HardshipApplications.Application application(Member member, HardshipCause cause, HardshipGrade grade,
            String description, BigDecimal income, int size) {
        return new HardshipApplications.Application(member.getId(), member.getIdNumber(), member.getPhone(), size, income,
                List.of(cause), grade, description, false, List.of(
                        new HardshipApplications.Person("家属" + member.getName().charAt(0), "配偶", 45, "见说明", "务农", new BigDecimal("300.00"))));
    }

    private Org org(String name) {
        return records.orgNamed(name).orElse(null);
    }

    private List<Member> membersOf(Org org) {
        return records.membersOf(org.getId());
    }

}
