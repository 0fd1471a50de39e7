package org.workershome.congress.openaffairs;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.demo.DemoSignIn;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;

/** The forest farm's two open-affairs notices and the provincial union's consultation on a draft policy. */
@Component
@Order(41)
class OpenAffairsDemoData implements ApplicationRunner {

    private final WorkersHomeProperties properties;
    private final NoticeManagement notices;
    private final ConsultationManagement consultations;
    private final Notices published;
    private final DemoSignIn demo;
    private final Clock clock;

    OpenAffairsDemoData(WorkersHomeProperties properties, NoticeManagement notices,
            ConsultationManagement consultations, Notices published, DemoSignIn demo, Clock clock) {
        this.properties = properties;
        this.notices = notices;
        this.consultations = consultations;
        this.published = published;
        this.demo = demo;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled() || Scopes.asSystem(() -> published.count()) > 0) {
            return;
        }
        demo.seeding(this::seed);
    }

    private void seed() {
        CurrentUser cadre = demo.as("cadre.forest");
        Long forest = cadre.orgId();
        LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
        notices.publish(cadre, forest, NoticeCategory.FINANCE, "2026年度林场财务收支情况公开",
                "2026年林场经营收入4,860万元，支出4,512万元，其中职工工资及社会保险2,930万元。详细报表在场部公开栏张贴。");
        notices.publish(cadre, forest, NoticeCategory.WELFARE, "2026年职工福利费使用情况公开",
                "全年职工福利费支出186万元：职工体检62万元，困难职工慰问38万元，冬季取暖补贴86万元。");

        CurrentUser province = demo.as("cadre.province");
        consultations.openConsultation(province, province.orgId(), "《职工休息休假保障办法(征求意见稿)》",
                "省工会就本办法征求全系统职工意见，请逐段提出修改建议。",
                """
                第一条 为保障农林水利气象系统职工休息休假权利，根据《劳动法》《职工带薪年休假条例》，制定本办法。

                第二条 用人单位应当保证职工每周至少休息一日；因防火、防汛等工作需要安排加班的，应当安排补休或者支付加班工资。

                第三条 在高原、林区等艰苦边远地区工作的职工，每年增加带薪年休假五天。

                第四条 各级工会应当监督本办法的执行，职工休息休假权利受到侵害的，可以向工会反映。""",
                today.plusDays(30));
    }
}
