package org.workershome.relations;

import java.awt.Color;

import org.workershome.core.demo.DemoPhoto;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.WorkersHomeProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.workershome.core.account.Account;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Role;
import org.workershome.core.demo.DemoData;
import org.workershome.core.scope.DataScope;
import org.workershome.core.time.Times;
import org.workershome.core.demo.DemoRecords;
import org.workershome.core.demo.DemoSignIn;
import org.workershome.core.org.Org;
import org.workershome.core.scope.Scopes;

/**
 * Demo labour-relations data, entered through the services as the demo cadres would: the forest farm screened with
 * two risks (wage arrears, an open safety hazard) — YELLOW, its warning acknowledged; the weather station screened
 * with five — ORANGE, its warning open; a mediator for Heilongjiang ({@code mediator}, Role.MEDIATOR), one dispute
 * of the forest farm in mediation, one settled, and one opened from the forest worker's wage appeal and settled by
 * an agreement with a follow-up visit. The default template comes from the migration.
 */
@Component
@Order(50)
class RelationsDemoData implements ApplicationRunner {

    static final String MEDIATOR = "mediator";

    private final WorkersHomeProperties properties;
    private final ScreeningManagement screenings;
    private final ScreeningTasks tasks;
    private final TemplateManagement templates;
    private final WarningManagement warnings;
    private final RiskScreenings stored;
    private final DemoRecords records;
    private final DemoSignIn demo;
    private final DisputeManagement disputes;
    private final PasswordEncoder encoder;
    private final AppealDisputes appeals;
    private final FollowUpManagement followUps;
    private final Clock clock;

    RelationsDemoData(WorkersHomeProperties properties, ScreeningManagement screenings, ScreeningTasks tasks, TemplateManagement templates,
            WarningManagement warnings, RiskScreenings stored, DemoRecords records, DemoSignIn demo,
            DisputeManagement disputes, PasswordEncoder encoder, AppealDisputes appeals, FollowUpManagement followUps,
            Clock clock) {
        this.appeals = appeals;
        this.followUps = followUps;
        this.disputes = disputes;
        this.encoder = encoder;
        this.clock = clock;
        this.properties = properties;
        this.screenings = screenings;
        this.tasks = tasks;
        this.templates = templates;
        this.warnings = warnings;
        this.stored = stored;
        this.records = records;
        this.demo = demo;
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
        Org station = records.orgNamed("玛多县气象站工会").orElse(null);
        Org heilongjiang = records.orgNamed("黑龙江省农林水利气象工会").orElse(null);
        if (forest == null || station == null || heilongjiang == null) {
            return;
        }
        if (!records.accountExists(MEDIATOR)) {
            records.saveAccount(new Account(MEDIATOR, encoder.encode(DemoData.PASSWORD), "黑龙江省劳动争议调解员",
                    heilongjiang.getId(), null, DataScope.ORG_AND_SUBTREE, Set.of(Role.MEDIATOR), null, clock.instant()));
        }
        CurrentUser forestCadre = demo.as("cadre.forest");
        RiskScreening forestScreening = screen(forestCadre, forest, List.of(DemoPhoto.png("watchtower-railing.png", g -> {
            g.setColor(new Color(0x7a, 0x9a, 0x6a));
            g.fillRect(0, 0, 64, 48);
            g.setColor(new Color(0x8b, 0x4a, 0x2b));
            g.fillRect(28, 8, 8, 40);
        })), Map.of(
                "是否存在拖欠、克扣职工工资的情况", "林场木材销售回款滞后，一线营林工10月、11月工资延迟发放。",
                "是否发生或存在未处理的安全生产事故隐患", "防火瞭望塔护栏锈蚀，已报林场安全科尚未整改。"));
        warnings.ofOrg(forestScreening.getOrgId()).stream().findFirst()
                .ifPresent(w -> warnings.act(forestCadre, w.getId(), WarningAction.ACKNOWLEDGE, null));

        screen(demo.as("cadre.station"), station, List.of(), Map.of(
                "是否存在拖欠、克扣职工工资的情况", "高原艰苦边远地区津贴连续三个月未发放。",
                "工资是否按月足额以货币形式支付，不低于当地最低工资标准", "临时观测员工资低于当地最低工资标准。",
                "是否为全部职工足额缴纳社会保险", "两名临时观测员未参加工伤保险。",
                "是否存在欠缴、断缴社会保险或住房公积金", "住房公积金自今年8月起断缴。",
                "是否发生或存在未处理的安全生产事故隐患", "探空气球充氢间通风设备损坏，存在安全隐患。"));
        disputes(forest);
    }

    /** One dispute in mediation at the forest farm, one settled by an agreement. */
    private void disputes(Org forest) {
        CurrentUser cadre = demo.as("cadre.forest");
        Long mediator = disputes.mediatorsFor(forest.getId()).stream()
                .filter(h -> h.name().equals("黑龙江省劳动争议调解员")).findFirst().orElseThrow().accountId();
        Dispute open = disputes.register(cadre, new Dispute.Draft(forest.getId(), "王德胜等12名营林工", "伊春红星林场",
                Dispute.Cause.WAGES, Dispute.Source.SCREENING, "支付2026年10月、11月拖欠工资共计人民币186,000元。",
                new BigDecimal("186000.00")), null);
        disputes.assign(cadre, open.getId(), mediator);
        CurrentUser mediatorUser = demo.as(MEDIATOR);
        disputes.recordSession(mediatorUser, open.getId(), LocalDate.now(clock.withZone(Times.ZONE)), "林场工会调解室",
                "职工代表3人、林场财务科长、调解员", "林场承认欠薪，提出分两期支付；职工要求一次付清，约定下周再次调解。");

        Dispute settled = disputes.register(cadre, new Dispute.Draft(forest.getId(), "李春梅", "伊春红星林场",
                Dispute.Cause.CONTRACT, Dispute.Source.WALK_IN, "确认劳动关系，补签书面劳动合同并支付二倍工资差额。",
                new BigDecimal("24000.00")), null);
        disputes.assign(cadre, settled.getId(), mediator);
        disputes.end(demo.as(MEDIATOR), settled.getId(), Dispute.Action.AGREE,
                "一、双方确认自2025年3月起存在劳动关系，林场于十日内与李春梅补签书面劳动合同；"
                        + "二、林场于2026年12月31日前一次性支付二倍工资差额人民币24,000元；三、双方就此争议再无其他纠纷。",
                new BigDecimal("24000.00"));
        fromAppeal(forest, mediator);
    }

    /**
     * The forest worker's wage appeal taken to mediation by the farm's cadre, settled by an agreement (its PDF on the
     * dispute's page and on the worker's /me), its outcome on the appeal's timeline, and a first follow-up visit
     * that found it partly performed (the next one due).
     */
    private void fromAppeal(Org forest, Long mediator) {
        CurrentUser cadre = demo.as("cadre.forest");
        var appeal = appeals.recent(cadre, forest.getId()).stream().filter(a -> "WAGES".equals(a.category())
                && a.workerMemberId() != null).findFirst().orElse(null);
        if (appeal == null) {
            return;
        }
        Dispute.Draft prefilled = appeals.prefill(appeal);
        Dispute dispute = disputes.register(cadre, new Dispute.Draft(prefilled.orgId(), prefilled.workerParty(),
                prefilled.employerParty(), prefilled.cause(), prefilled.source(), prefilled.claims(),
                new BigDecimal("9600.00"), "230702198805120019", prefilled.workerMemberId(), prefilled.appealId(),
                prefilled.appealTrackingNo()), null);
        disputes.assign(cadre, dispute.getId(), mediator);
        CurrentUser mediatorUser = demo.as(MEDIATOR);
        disputes.recordSession(mediatorUser, dispute.getId(), LocalDate.now(clock.withZone(Times.ZONE)),
                "伊春红星林场工会调解室", "申请人、林场人力资源科科长、调解员", "林场确认营林队8月至10月工资只发放了一半，同意分两期补发。");
        disputes.end(mediatorUser, dispute.getId(), Dispute.Action.AGREE,
                "一、林场于2026年12月20日前向申请人补发2026年8月至10月工资差额人民币4,800元；"
                        + "二、林场于2027年1月20日前补发余下的人民币4,800元；三、申请人不再就此事项申请仲裁。",
                new BigDecimal("9600.00"));
        AgreementFollowUp first = followUps.of(dispute.getId()).get(0);
        followUps.record(cadre, dispute.getId(), first.getId(), Dispute.Performance.PARTLY,
                LocalDate.now(clock.withZone(Times.ZONE)), "第一期4,800元已于12月补发到账，第二期尚未到期。");
    }

    /** Opens and submits a screening; the checkpoints named (by text) are RISK with the note, the rest OK. */
    private RiskScreening screen(CurrentUser cadre, Org unit, List<MultipartFile> photos, Map<String, String> risks) {
        Long template = templates.active().get(0).getId();
        RiskScreening task = tasks.open(cadre, unit.getId(), template, null);
        Map<Long, RiskScreening.Finding> findings = new HashMap<>();
        for (ScreeningAnswer answer : task.getAnswers()) {
            String note = risks.get(answer.getText());
            findings.put(answer.getCheckpointId(), new RiskScreening.Finding(note != null, note));
        }
        return screenings.submit(cadre, task.getId(), findings, photos, null);
    }

}
