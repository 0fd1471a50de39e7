package org.workershome.appeals;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.demo.DemoSignIn;
import org.workershome.core.scope.Scopes;

/**
 * Demo appeals in every state, made through the same service calls as users make them, signed in as the
 * demo accounts. One stays untouched: restart the demo with {@code --workers-home.clock.offset=P40D} and
 * the deadline job escalates it to the provincial union.
 */
@Component
@Order(20)
class AppealDemoData implements ApplicationRunner {

    private final WorkersHomeProperties properties;
    private final AppealManagement management;
    private final AppealSubmission submission;
    private final Appeals appeals;
    private final DemoSignIn demo;

    AppealDemoData(WorkersHomeProperties properties, AppealManagement management, AppealSubmission submission,
            Appeals appeals,
            DemoSignIn demo) {
        this.properties = properties;
        this.management = management;
        this.submission = submission;
        this.appeals = appeals;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled() || Scopes.asSystem(() -> appeals.count()) > 0) {
            return;
        }
        demo.seeding(this::seed);
    }

    private void seed() {
        CurrentUser worker = demo.as("worker.forest");
        submission.submit(worker, draft("WAGES", "三个月工资未足额发放",
                "今年八月至十月，林场营林队工资只发了一半，请工会帮助协调补发。", false)).appeal();

        Appeal safety = submission.submit(worker, draft("SAFETY", "林区巡护防护装备不足",
                "秋季防火期巡护任务重，但巡护队的防护服和对讲机数量不够，存在安全隐患。", false)).appeal();
        CurrentUser cadre = demo.as("cadre.forest");
        management.act(cadre, safety.getTrackingNo(), action(AppealAction.ACCEPT, null, null));
        management.act(cadre, safety.getTrackingNo(), action(AppealAction.START, null, null));
        management.act(cadre, safety.getTrackingNo(), action(AppealAction.UPDATE, "已与林场安全科联系，采购计划已报批。", null));

        CurrentUser rep = demo.as("rep.forest");
        Appeal overtime = submission.submit(rep, draft("HOURS_LEAVE", "防火期加班未安排调休",
                "防火期连续加班四周，至今没有安排调休，也没有加班费。", true)).appeal();
        cadre = demo.as("cadre.forest");
        management.act(cadre, overtime.getTrackingNo(), action(AppealAction.ACCEPT, null, null));
        management.act(cadre, overtime.getTrackingNo(), action(AppealAction.REPLY,
                "经与林场协商，防火期结束后两周内安排补休，未能补休的按规定支付加班费。", null));
        rep = demo.as("rep.forest");
        management.act(rep, overtime.getTrackingNo(), action(AppealAction.RATE, null, 4));

        CurrentUser station = demo.as("worker.station");
        submission.submit(station, draft("HOUSING_LIVING", "高原台站冬季取暖补贴",
                "玛多县海拔四千多米，冬季取暖期长达八个月，取暖补贴标准多年未调整。", false)).appeal();

        CurrentUser stationCadre = demo.as("cadre.station");
        submission.record(stationCadre, new AppealSubmission.AppealDraft("LEGAL_AID", "临时工劳动合同咨询",
                "12351 热线来电：气象站临时聘用的炊事员询问如何签订书面劳动合同。", false, false, AppealChannel.HOTLINE,
                stationCadre.orgId(), "才让卓玛", "13997012345"));
    }

    private static AppealSubmission.AppealDraft draft(String category, String title, String content, boolean anonymous) {
        return new AppealSubmission.AppealDraft(category, title, content, anonymous, false, AppealChannel.WEB, null, null, null);
    }

    private static AppealManagement.ActionRequest action(AppealAction action, String note, Integer rating) {
        return new AppealManagement.ActionRequest(action, note, null, rating);
    }

}
