package org.workershome.relations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.demo.DemoRecords;
import org.workershome.core.demo.DemoSignIn;
import org.workershome.core.org.Org;
import org.workershome.core.scope.Scopes;

/**
 * Demo labour-relations data, entered through the services as the demo cadres would: the forest farm screened with
 * two risks (wage arrears, an open safety hazard) — YELLOW, its warning acknowledged; the weather station screened
 * with five — ORANGE, its warning open. The default template comes from the migration.
 */
@Component
@Order(50)
class RelationsDemoData implements ApplicationRunner {

    private final WorkersHomeProperties properties;
    private final ScreeningManagement screenings;
    private final TemplateManagement templates;
    private final WarningManagement warnings;
    private final RiskScreenings stored;
    private final DemoRecords records;
    private final DemoSignIn demo;

    RelationsDemoData(WorkersHomeProperties properties, ScreeningManagement screenings, TemplateManagement templates,
            WarningManagement warnings, RiskScreenings stored, DemoRecords records, DemoSignIn demo) {
        this.properties = properties;
        this.screenings = screenings;
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
        if (forest == null || station == null) {
            return;
        }
        CurrentUser forestCadre = demo.as("cadre.forest");
        RiskScreening forestScreening = screen(forestCadre, forest, List.of(DemoPhoto.png("watchtower-railing.png")), Map.of(
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
    }

    /** Opens and submits a screening; the checkpoints named (by text) are RISK with the note, the rest OK. */
    private RiskScreening screen(CurrentUser cadre, Org unit, List<MultipartFile> photos, Map<String, String> risks) {
        Long template = templates.active().get(0).getId();
        RiskScreening task = screenings.open(cadre, unit.getId(), template, null);
        Map<Long, RiskScreening.Finding> findings = new HashMap<>();
        for (ScreeningAnswer answer : task.getAnswers()) {
            String note = risks.get(answer.getText());
            findings.put(answer.getCheckpointId(), new RiskScreening.Finding(note != null, note));
        }
        return screenings.submit(cadre, task.getId(), findings, photos, null);
    }

}
