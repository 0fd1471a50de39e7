package org.workershome.suggestions.studio;

import java.math.BigDecimal;
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
import org.workershome.core.member.Member;
import org.workershome.core.scope.Scopes;

/** One provincial studio of the forest farm, led by its fourth member, with worker.forest in it, results and stars. */
@Component
@Order(70)
class StudioDemoData implements ApplicationRunner {

    static final String FOREST = "伊春红星林场工会";

    private final WorkersHomeProperties properties;
    private final DemoRecords records;
    private final DemoSignIn demo;
    private final Studios studios;
    private final StudioManagement management;

    StudioDemoData(WorkersHomeProperties properties, DemoRecords records, DemoSignIn demo, Studios studios,
            StudioManagement management) {
        this.properties = properties;
        this.records = records;
        this.demo = demo;
        this.studios = studios;
        this.management = management;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled() || !records.orgTreeSeeded() || Scopes.asSystem(() -> studios.count()) > 0) {
            return;
        }
        demo.seeding(this::seed);
    }

    private void seed() {
        List<Member> forest = records.membersOf(records.orgNamed(FOREST).orElseThrow().getId());
        CurrentUser cadre = demo.as("cadre.forest");
        Studio studio = management.register(cadre, new StudioManagement.Draft("红星林场绿色生态工匠创新工作室",
                forest.get(3).getId(), "森林抚育与林业有害生物绿色防控", StudioLevel.PROVINCIAL, LocalDate.of(2023, 4, 18)));
        Long id = studio.getId();
        management.join(cadre, id, forest.get(0).getId());
        management.join(cadre, id, forest.get(2).getId());
        management.record(cadre, id, ResultKind.PROJECT, "红松林下经济套种攻关", LocalDate.of(2024, 3, 1));
        management.record(cadre, id, ResultKind.PATENT, "一种林业有害生物诱捕装置（实用新型）", LocalDate.of(2024, 11, 20));
        management.record(cadre, id, ResultKind.METHOD, "“三查一防”护林工作法", LocalDate.of(2025, 5, 8));
        management.receive(cadre, id, new BigDecimal("100000"), "黑龙江省总工会创新工作室补助", LocalDate.of(2024, 1, 15));
        management.receive(cadre, id, new BigDecimal("30000"), "红星林场配套经费", LocalDate.of(2025, 2, 1));
        management.assess(cadre, id, 2024, 4, "攻关项目按期完成");
        management.assess(cadre, id, 2025, 5, "专利转化，带徒 6 人");
    }
}
