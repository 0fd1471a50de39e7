package org.workershome.congress;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.demo.DemoSignIn;
import org.workershome.core.member.Member;
import org.workershome.core.member.Members;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;

/**
 * The forest farm's workers' congress: the 3rd term with up to 30 representatives (every forest member but the
 * first, who is {@code worker.forest}; {@code rep.forest} is the second), its 2nd session sitting with two thirds
 * signed in, an open secret ballot on the collective contract and a draft one on the welfare plan, motions in
 * several states, two open-affairs notices, and the provincial union's consultation on a draft policy.
 */
@Component
@Order(40)
class CongressDemoData implements ApplicationRunner {

    static final String CONTRACT_BALLOT = "关于《2027年集体合同(草案)》的表决";

    private final WorkersHomeProperties properties;
    private final CongressManagement congress;
    private final BallotManagement ballots;
    private final MotionManagement motions;
    private final OpenAffairsManagement openAffairs;
    private final Terms terms;
    private final MotionCosigners cosigners;
    private final Members members;
    private final DemoSignIn demo;
    private final TransactionTemplate tx;
    private final Clock clock;

    CongressDemoData(WorkersHomeProperties properties, CongressManagement congress, BallotManagement ballots,
            MotionManagement motions, OpenAffairsManagement openAffairs, Terms terms, MotionCosigners cosigners,
            Members members, DemoSignIn demo, TransactionTemplate tx, Clock clock) {
        this.properties = properties;
        this.congress = congress;
        this.ballots = ballots;
        this.motions = motions;
        this.openAffairs = openAffairs;
        this.terms = terms;
        this.cosigners = cosigners;
        this.members = members;
        this.demo = demo;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled() || Scopes.asSystem(() -> terms.count()) > 0) {
            return;
        }
        demo.seeding(this::seed);
    }

    private void seed() {
        CurrentUser cadre = demo.as("cadre.forest");
        Long forest = cadre.orgId();
        LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
        Term term = congress.createTerm(cadre, forest, 3, "伊春红星林场第三届职工代表大会", today.minusYears(1),
                today.plusYears(4), 2, 3, PassRule.MAJORITY_OF_ALL, 2);
        List<Member> forestMembers = Scopes.asSystem(() -> members.findAll(
                (root, q, cb) -> cb.equal(root.get("orgId"), forest), Sort.by("id")));
        // the first member is worker.forest, who stays an ordinary worker; rep.forest is the second
        List<Member> elected = forestMembers.subList(1, Math.min(forestMembers.size(), 31));
        String[][] workshops = {{"营林车间", "10"}, {"木材检尺车间", "8"}, {"防火瞭望站", "7"}, {"机关", "5"}};
        int next = 0;
        for (String[] w : workshops) {
            Constituency c = congress.addConstituency(cadre, term.getId(), w[0], Integer.parseInt(w[1]));
            for (int i = 0; i < Integer.parseInt(w[1]) && next < elected.size(); i++) {
                congress.addRepresentative(cadre, c.getId(), elected.get(next++).getId());
            }
        }
        var now = clock.instant();
        CongressSession session = congress.createSession(cadre, term.getId(), 2, "伊春红星林场第三届职工代表大会第二次会议",
                now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(30)));
        congress.openSession(cadre, session.getId());
        int present = (elected.size() * 2 + 2) / 3;
        for (int i = 0; i < present; i++) {
            congress.markPresent(cadre, session.getId(), elected.get(i).getId());
        }
        Ballot contract = ballots.create(cadre, session.getId(), new BallotManagement.BallotDraft(CONTRACT_BALLOT,
                "《2027年集体合同(草案)》已于会前印发各代表团讨论，请代表们表决。", BallotKind.MOTION, true, 1, null, null,
                null, null));
        ballots.open(cadre, contract.getId());
        ballots.create(cadre, session.getId(), new BallotManagement.BallotDraft("关于《2027年职工福利计划》的表决",
                "福利计划包括职工体检、困难职工慰问、冬季取暖补贴等。", BallotKind.MOTION, true, 1, null, null, null, null));

        CurrentUser rep = demo.as("rep.forest");
        Motion patrol = motions.submit(rep, new MotionManagement.MotionDraft(session.getId(), "关于提高林区巡护员野外补贴的提案",
                "巡护员常年在野外工作，现行补贴标准多年未调整。", "建议将野外补贴由每天30元提高到50元，并按季度发放。"));
        Motion canteen = motions.submit(rep, new MotionManagement.MotionDraft(session.getId(), "关于改善职工食堂伙食的提案",
                "林场食堂菜品单一，夜班职工吃不上热饭。", "建议增加夜班餐，每周公布菜谱并听取职工意见。"));
        Motion dorm = motions.submit(rep, new MotionManagement.MotionDraft(session.getId(), "关于维修单身职工宿舍的提案",
                "单身宿舍屋顶漏雨、暖气不热。", "建议在今年供暖期前完成屋顶防水和暖气管道改造。"));
        Motion parking = motions.submit(rep, new MotionManagement.MotionDraft(session.getId(), "关于在场部修建停车棚的提案",
                "职工电动车无处停放。", "建议在场部东侧修建电动车停车棚。"));
        Scopes.asSystem(() -> tx.executeWithoutResult(s -> {
            for (Motion m : List.of(patrol, canteen, dorm)) {
                for (int i = 2; i < Math.min(4, elected.size()); i++) {
                    cosigners.save(new MotionCosigner(m, elected.get(i).getId(), elected.get(i).getName(), now));
                }
            }
        }));
        cadre = demo.as("cadre.forest");
        motions.act(cadre, canteen.getId(), new MotionManagement.ActionRequest(MotionAction.REGISTER, null, null, null, null));
        motions.act(cadre, canteen.getId(), new MotionManagement.ActionRequest(MotionAction.ASSIGN, null, forest,
                today.plusDays(30), null));
        motions.act(cadre, dorm.getId(), new MotionManagement.ActionRequest(MotionAction.REGISTER, null, null, null, null));
        motions.act(cadre, dorm.getId(), new MotionManagement.ActionRequest(MotionAction.ASSIGN, null, forest,
                today.plusDays(60), null));
        motions.act(cadre, dorm.getId(), new MotionManagement.ActionRequest(MotionAction.REPLY,
                "已列入今年维修计划，十月底前完成屋顶防水，暖气管道改造同步进行。", null, null, null));
        motions.act(cadre, parking.getId(), new MotionManagement.ActionRequest(MotionAction.DECLINE,
                "场部规划调整中，已转为合理化建议，待规划确定后统筹考虑。", null, null, null));

        openAffairs.publish(cadre, forest, NoticeCategory.FINANCE, "2026年度林场财务收支情况公开",
                "2026年林场经营收入4,860万元，支出4,512万元，其中职工工资及社会保险2,930万元。详细报表在场部公开栏张贴。");
        openAffairs.publish(cadre, forest, NoticeCategory.WELFARE, "2026年职工福利费使用情况公开",
                "全年职工福利费支出186万元：职工体检62万元，困难职工慰问38万元，冬季取暖补贴86万元。");

        CurrentUser province = demo.as("cadre.province");
        openAffairs.openConsultation(province, province.orgId(), "《职工休息休假保障办法(征求意见稿)》",
                "省工会就本办法征求全系统职工意见，请逐段提出修改建议。",
                """
                第一条 为保障农林水利气象系统职工休息休假权利，根据《劳动法》《职工带薪年休假条例》，制定本办法。

                第二条 用人单位应当保证职工每周至少休息一日；因防火、防汛等工作需要安排加班的，应当安排补休或者支付加班工资。

                第三条 在高原、林区等艰苦边远地区工作的职工，每年增加带薪年休假五天。

                第四条 各级工会应当监督本办法的执行，职工休息休假权利受到侵害的，可以向工会反映。""",
                today.plusDays(30));
    }

}
