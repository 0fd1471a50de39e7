package org.workershome.suggestions.craftsman;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.demo.DemoRecords;
import org.workershome.core.demo.DemoSignIn;
import org.workershome.core.member.Member;
import org.workershome.core.org.Industry;
import org.workershome.core.scope.Scopes;
import org.workershome.core.workflow.Timeline;
import org.workershome.suggestions.suggestion.SuggestionsProperties;

/**
 * An awarded green ecological craftsman (the studio's leader, nominated by the province; his notice ended before
 * the demo began), and rep.forest's self-nomination, endorsed by two colleagues, now on public notice.
 */
@Component
@Order(71)
class CraftsmanDemoData implements ApplicationRunner {

    private final WorkersHomeProperties properties;
    private final DemoRecords records;
    private final DemoSignIn demo;
    private final Craftsmen craftsmen;
    private final CraftsmanManagement management;
    private final Timeline timeline;
    private final SuggestionsProperties settings;
    private final TransactionTemplate tx;

    CraftsmanDemoData(WorkersHomeProperties properties, DemoRecords records, DemoSignIn demo, Craftsmen craftsmen,
            CraftsmanManagement management, Timeline timeline, SuggestionsProperties settings,
            PlatformTransactionManager transactions) {
        this.properties = properties;
        this.records = records;
        this.demo = demo;
        this.craftsmen = craftsmen;
        this.management = management;
        this.timeline = timeline;
        this.settings = settings;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled() || !records.orgTreeSeeded() || Scopes.asSystem(() -> craftsmen.count()) > 0) {
            return;
        }
        demo.seeding(this::seed);
    }

    private void seed() {
        List<Member> forest = records.membersOf(records.orgNamed("伊春红星林场工会").orElseThrow().getId());
        CurrentUser province = demo.as("cadre.province");
        Craftsman awarded = management.nominate(province, new Craftsman.Draft(forest.get(3).getId(),
                CraftsmanTitle.GREEN_CRAFTSMAN, "森林抚育与林业有害生物绿色防控", Industry.FORESTRY,
                "扎根营林一线二十年，首创“三查一防”护林工作法，以生物防治替代化学农药，所在林区有害生物成灾率降至千分之一以下，带徒 12 人。"));
        // the panel's review and the five working days of notice lie before the demo's start
        tx.executeWithoutResult(s -> Scopes.asSystem(() -> {
            Craftsman c = craftsmen.findById(awarded.getId()).orElseThrow();
            var today = management.today();
            CraftsmanStatus from = c.approve(0, today.minusDays(8), "事迹突出，符合绿色生态工匠评选条件");
            timeline.record(CraftsmanManagement.TARGET, c.getId(), c.getOrgId(), CraftsmanAction.APPROVE, from,
                    c.getStatus(), c.getReviewNote());
            from = c.award(today, 0, settings.termYears());
            timeline.record(CraftsmanManagement.TARGET, c.getId(), c.getOrgId(), CraftsmanAction.AWARD, from,
                    c.getStatus(), null);
        }));
        management.grant(demo.as("cadre.forest"), awarded.getId(), CraftsmanSteps.incentive(IncentiveKind.STUDIO_FUNDING,
                "50000", "工匠创新工作室专项经费", management.today()));

        CurrentUser rep = demo.as("rep.forest");
        Craftsman self = management.nominateSelf(rep, new Craftsman.Draft(null, CraftsmanTitle.GREEN_CRAFTSMAN,
                "林区无人机巡护与森林防火", Industry.FORESTRY,
                "研究无人机巡护航线，林区火情发现时间由 2 小时缩短到 20 分钟；提出的合理化建议被采纳实施。"));
        management.endorse(demo.as("worker.forest"), self.getId());
        management.endorse(demo.as("judge.a"), self.getId());
        management.review(demo.as("cadre.forest"), self.getId(), CraftsmanAction.APPROVE, "同意公示");
    }
}
