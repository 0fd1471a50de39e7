package org.workershome.congress;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.congress.ballot.Ballot;
import org.workershome.congress.ballot.BallotKind;
import org.workershome.congress.ballot.BallotManagement;
import org.workershome.congress.motion.Motion;
import org.workershome.congress.motion.MotionAction;
import org.workershome.congress.motion.MotionCosigner;
import org.workershome.congress.motion.MotionCosigners;
import org.workershome.congress.motion.MotionManagement;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.demo.DemoSignIn;
import org.workershome.core.member.MemberDirectory.MemberSummary;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;

/**
 * The forest farm's workers' congress: the 3rd term with up to 30 representatives (every forest member but the
 * first, who is {@code worker.forest}; {@code rep.forest} is the second), its 2nd session sitting with two thirds
 * signed in, an open secret ballot on the collective contract and a draft one on the welfare plan, motions in
 * several states (the open-affairs notices and the consultation: {@code OpenAffairsDemoData}).
 */
@Component
@Order(40)
class CongressDemoData implements ApplicationRunner {

    static final String CONTRACT_BALLOT = "关于《2027年集体合同(草案)》的表决";

    private final WorkersHomeProperties properties;
    private final TermManagement congress;
    private final SessionManagement sessions;
    private final BallotManagement ballots;
    private final MotionManagement motions;
    private final Terms terms;
    private final MotionCosigners cosigners;
    private final MemberDirectory members;
    private final DemoSignIn demo;
    private final TransactionTemplate tx;
    private final Clock clock;

    CongressDemoData(WorkersHomeProperties properties, TermManagement congress, SessionManagement sessions,
            BallotManagement ballots, MotionManagement motions, Terms terms, MotionCosigners cosigners,
            MemberDirectory members, DemoSignIn demo, TransactionTemplate tx, Clock clock) {
        this.properties = properties;
        this.congress = congress;
        this.sessions = sessions;
        this.ballots = ballots;
        this.motions = motions;
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
        List<MemberSummary> forestMembers = members.activeInSubtree(forest).stream()
                .filter(m -> m.orgId().equals(forest)).sorted(Comparator.comparing(MemberSummary::id)).toList();
        // the first member is worker.forest, who stays an ordinary worker; rep.forest is the second
        List<MemberSummary> elected = forestMembers.subList(1, Math.min(forestMembers.size(), 31));
        String[][] workshops = {{"营林车间", "10"}, {"木材检尺车间", "8"}, {"防火瞭望站", "7"}, {"机关", "5"}};
        int next = 0;
        for (String[] w : workshops) {
            Constituency c = congress.addConstituency(cadre, term.getId(), w[0], Integer.parseInt(w[1]));
            for (int i = 0; i < Integer.parseInt(w[1]) && next < elected.size(); i++) {
                congress.addRepresentative(cadre, c.getId(), elected.get(next++).id());
            }
        }
        var now = clock.instant();
        CongressSession session = sessions.createSession(cadre, term.getId(), 2, "伊春红星林场第三届职工代表大会第二次会议",
                now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(30)));
        sessions.openSession(cadre, session.getId());
        int present = (elected.size() * 2 + 2) / 3;
        for (int i = 0; i < present; i++) {
            sessions.markPresent(cadre, session.getId(), elected.get(i).id());
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
                    cosigners.save(new MotionCosigner(m, elected.get(i).id(), elected.get(i).name(), now));
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
    }

}
