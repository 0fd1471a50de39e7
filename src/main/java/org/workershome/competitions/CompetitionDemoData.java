package org.workershome.competitions;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.account.Account;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Role;
import org.workershome.core.demo.DemoData;
import org.workershome.core.demo.DemoRecords;
import org.workershome.core.demo.DemoSignIn;
import org.workershome.core.member.Member;
import org.workershome.core.org.Org;
import org.workershome.core.scope.DataScope;
import org.workershome.core.scope.Scopes;

/**
 * A provincial skill contest of Heilongjiang with a finished final, published results and certificates; three judges
 * ({@code judge.a} of the forest farm — so he may not score its entrants —, {@code judge.b} of the weather station,
 * {@code judge.c} of the reservoir); and a grassroots labour competition of the forest farm taking entries. All made
 * through the services, signed in as the demo accounts.
 */
@Component
@Order(60)
class CompetitionDemoData implements ApplicationRunner {

    static final String FOREST = "伊春红星林场工会";
    static final String FARM = "建三江七星农场工会";

    private final WorkersHomeProperties properties;
    private final DemoRecords records;
    private final DemoSignIn demo;
    private final Competitions competitions;
    private final CompetitionManagement management;
    private final EntryManagement entries;
    private final JudgingManagement judging;
    private final PasswordEncoder encoder;
    private final Clock clock;

    CompetitionDemoData(WorkersHomeProperties properties, DemoRecords records, DemoSignIn demo,
            Competitions competitions, CompetitionManagement management, EntryManagement entries,
            JudgingManagement judging, PasswordEncoder encoder, Clock clock) {
        this.properties = properties;
        this.records = records;
        this.demo = demo;
        this.competitions = competitions;
        this.management = management;
        this.entries = entries;
        this.judging = judging;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled() || !records.orgTreeSeeded() || Scopes.asSystem(() -> competitions.count()) > 0) {
            return;
        }
        demo.seeding(this::seed);
    }

    private void seed() {
        Org forest = records.orgNamed(FOREST).orElseThrow();
        Org farm = records.orgNamed(FARM).orElseThrow();
        List<Member> forestMembers = records.membersOf(forest.getId());
        List<Member> farmMembers = records.membersOf(farm.getId());
        Account a = judge("judge.a", forest, forestMembers.get(5));
        Account b = judge("judge.b", records.orgNamed("玛多县气象站工会").orElseThrow(), null);
        Account c = judge("judge.c", records.orgNamed("丹江口水库管理局工会").orElseThrow(), null);

        CurrentUser province = demo.as("cadre.province");
        Competition contest = management.create(province, province.orgId(), new CompetitionManagement.Draft(
                "黑龙江省第三届林草生态职工技能大赛", "当好主人翁，建功新时代——我为生态文明建设做贡献",
                CompetitionKind.SKILL, CompetitionLevel.PROVINCIAL, null, 1, 3, 0, 0, List.of(
                        new RubricItem("理论知识", 30, 100), new RubricItem("实操技能", 50, 100),
                        new RubricItem("安全规范", 20, 100))));
        Long id = contest.getId();
        for (Account judge : List.of(a, b, c)) {
            judging.appoint(province, id, judge.getId());
        }
        for (Member member : farmMembers.subList(0, 3)) {
            entries.decide(province, entries.register(province, id, registration(member.getId())).getId(),
                    EntryManagement.Decision.APPROVE);
        }
        CurrentUser worker = demo.as("worker.forest");
        Long own = entries.register(worker, id, new EntryManagement.Registration(null, null, null)).getId();
        CurrentUser forestCadre = demo.as("cadre.forest");
        entries.decide(forestCadre, own, EntryManagement.Decision.APPROVE);
        for (Member member : forestMembers.subList(2, 4)) {
            entries.decide(forestCadre, entries.register(forestCadre, id, registration(member.getId())).getId(),
                    EntryManagement.Decision.APPROVE);
        }
        province = demo.as("cadre.province");
        management.advance(province, id, CompetitionAction.START_PRELIMINARY);
        management.advance(province, id, CompetitionAction.START_FINAL);
        List<Entry> finalists = Scopes.asSystem(() -> entries.of(id));
        int[][] base = {{86, 90, 95}, {78, 85, 88}, {92, 81, 90}, {88, 93, 85}, {70, 76, 92}, {84, 88, 80}};
        int judgeNo = 0;
        for (String username : List.of("judge.a", "judge.b", "judge.c")) {
            CurrentUser judge = demo.as(username);
            Judge appointed = judging.judgeOf(judge, id).orElseThrow();
            for (int n = 0; n < finalists.size(); n++) {
                Entry entry = finalists.get(n);
                if (judging.conflictOf(appointed, entry) != null) {
                    continue;
                }
                int spread = (judgeNo * 3 + n) % 5 - 2;
                judging.score(judge, id, entry.getId(), Map.of(0, base[n % base.length][0] + spread,
                        1, base[n % base.length][1] - spread, 2, base[n % base.length][2]));
            }
            judgeNo++;
        }
        // the demo's final is long over: its review had no appeal window (0 hours), so it closes and publishes at once
        management.advance(demo.as("cadre.province"), id, CompetitionAction.CLOSE_SCORING);
        management.advance(demo.as("cadre.province"), id, CompetitionAction.PUBLISH);

        CurrentUser cadre = demo.as("cadre.forest");
        management.create(cadre, cadre.orgId(), new CompetitionManagement.Draft("红星林场营林生产劳动竞赛",
                "比质量、比安全、比效率，争当绿色生态工匠", CompetitionKind.LABOUR, CompetitionLevel.GRASSROOTS, null, 1, 3, 0, 24,
                List.of(new RubricItem("造林质量", 60, 100), new RubricItem("安全生产", 40, 100))));
    }

    private static EntryManagement.Registration registration(Long memberId) {
        return new EntryManagement.Registration(memberId, null, null);
    }

    /** A judge's account: a member of his unit (a new one where none fits), self-only scope, the JUDGE role. */
    private Account judge(String username, Org org, Member member) {
        Member who = member != null ? member : records.membersOf(org.getId()).get(5);
        return records.saveAccount(new Account(username, encoder.encode(DemoData.PASSWORD), who.getName(), org.getId(),
                who.getId(), DataScope.SELF, EnumSet.of(Role.JUDGE), username.replace('.', '_') + "@demo.workershome.local",
                clock.instant()));
    }
}
