package org.workershome.suggestions.suggestion;

import java.math.BigDecimal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.demo.DemoRecords;
import org.workershome.core.demo.DemoSignIn;
import org.workershome.core.scope.Scopes;

/**
 * Suggestions in both provinces, made through the services as the demo accounts: in Heilongjiang one implemented
 * with its benefit, reward and a transfer, one awaiting evaluation, one not adopted; in Qinghai one being implemented
 * and one awaiting evaluation.
 */
@Component
@Order(72)
class SuggestionDemoData implements ApplicationRunner {

    private final WorkersHomeProperties properties;
    private final DemoRecords records;
    private final DemoSignIn demo;
    private final Suggestions suggestions;
    private final SuggestionManagement management;

    SuggestionDemoData(WorkersHomeProperties properties, DemoRecords records, DemoSignIn demo, Suggestions suggestions,
            SuggestionManagement management) {
        this.properties = properties;
        this.records = records;
        this.demo = demo;
        this.suggestions = suggestions;
        this.management = management;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled() || !records.orgTreeSeeded()
                || Scopes.asSystem(() -> suggestions.existsBySource(SuggestionSource.MEMBER))) {
            return;
        }
        demo.seeding(this::seed);
    }

    private void seed() {
        Long done = management.submit(demo.as("worker.forest"), new Suggestion.Draft("林区防火巡护无人机航线优化",
                "人工巡护路线重复、盲区多，火情发现平均需要 2 小时。",
                "按网格划分林区，无人机按固定航线每日两次巡护，热成像发现火点后自动推送护林员。",
                "火情发现时间缩短到 20 分钟以内，每年节约巡护油料和人工费用约 8 万元。", null)).getId();
        Long waiting = management.submit(demo.as("rep.forest"), new Suggestion.Draft("苗圃灌溉改用滴灌",
                "苗圃大水漫灌，用水量大，苗木根腐病多发。", "分两年把苗圃改为滴灌，配土壤墒情传感器。",
                "节水四成，减少根腐病。", "张建国、李秀英")).getId();
        Long declined = management.submit(demo.as("judge.a"), new Suggestion.Draft("食堂延长营业时间",
                "夜班职工下班后食堂已关门。", "食堂营业到晚上十点。", "", null)).getId();

        CurrentUser forest = demo.as("cadre.forest");
        management.score(forest, done, 9, 8, 9);
        management.decide(forest, done, new SuggestionManagement.Decision(SuggestionAction.ADOPT,
                "创新性强，具备实施条件，予以采纳。", null));
        management.assign(forest, done, "林场防火办 王志强", management.today().plusDays(30));
        management.complete(forest, done, Benefit.parse("86000", "1200", "12.5", "全年未发生森林火灾"));
        management.reward(forest, done, new BigDecimal("2000"), "年度合理化建议一等奖");
        management.transfer(forest, done, TransferKind.ADOPTION, "伊春市其他国有林场推广应用", null, management.today());
        management.score(forest, declined, 4, 3, 3);
        management.decide(forest, declined, new SuggestionManagement.Decision(SuggestionAction.REJECT,
                "已安排夜班送餐，不再延长营业时间。", null));
        management.score(forest, waiting, 7, 8, 8);

        Long station = management.submit(demo.as("worker.station"), new Suggestion.Draft("观测场太阳能供电改造",
                "高原观测站停电频繁，柴油发电机费用高、污染大。", "建设光伏加储能的离网供电系统，柴油机只作备用。",
                "每年减少柴油 3 吨，减排约 9 吨二氧化碳。", null)).getId();
        management.submit(demo.as("worker.station"), new Suggestion.Draft("观测数据自动备份",
                "观测数据只存一处，设备故障时可能丢失。", "每小时把观测数据同步到州气象局。", "", null));
        CurrentUser qinghai = demo.as("cadre.station");
        management.score(qinghai, station, 8, 9, 9);
        management.decide(qinghai, station, new SuggestionManagement.Decision(SuggestionAction.ADOPT, "同意实施。", null));
        management.assign(qinghai, station, "站长 才让多杰", management.today().plusDays(60));
    }
}
