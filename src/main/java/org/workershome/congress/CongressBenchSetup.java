package org.workershome.congress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.congress.ballot.Ballot;
import org.workershome.congress.ballot.BallotKind;
import org.workershome.congress.ballot.BallotManagement;
import org.workershome.core.account.Account;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Role;
import org.workershome.core.demo.DemoData;
import org.workershome.core.demo.DemoRecords;
import org.workershome.core.member.Gender;
import org.workershome.core.member.Member;
import org.workershome.core.member.MemberDraft;
import org.workershome.core.member.MemberManagement;
import org.workershome.core.scope.DataScope;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;

/**
 * Bench only ({@code --spring.profiles.active=demo,congress-bench}, see bench/README.md): a congress of
 * {@code workers-home.congress.bench-representatives} (2,000) representatives in the forest farm, accounts
 * {@code bench.rep.00001…} (password as the demo's, hashed with a cheap BCrypt cost so that signing in 2,000 times
 * measures nothing but the setup), all signed in at a sitting session, and one open secret ballot
 * {@value #TITLE}. Never part of the normal demo.
 */
@Component
@Profile("congress-bench")
@Order(50)
class CongressBenchSetup implements ApplicationRunner {

    static final String TITLE = "基准测试：关于《2027年集体合同》的表决";
    static final String WARM_UP = "基准测试：预热表决";
    private static final Logger log = LoggerFactory.getLogger(CongressBenchSetup.class);

    private final TermManagement congress;
    private final SessionManagement sessions;
    private final BallotManagement ballots;
    private final MemberManagement memberManagement;
    private final DemoRecords accounts;
    private final Terms terms;
    private final UserDetailsService users;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int count;

    CongressBenchSetup(TermManagement congress, SessionManagement sessions, BallotManagement ballots,
            MemberManagement memberManagement, DemoRecords accounts, Terms terms, UserDetailsService users,
            TransactionTemplate tx, Clock clock, CongressProperties properties) {
        this.congress = congress;
        this.sessions = sessions;
        this.ballots = ballots;
        this.memberManagement = memberManagement;
        this.accounts = accounts;
        this.terms = terms;
        this.users = users;
        this.tx = tx;
        this.clock = clock;
        this.count = properties.benchRepresentatives();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.accountExists("bench.rep.00001")) {
            return;
        }
        try {
            CurrentUser cadre = (CurrentUser) users.loadUserByUsername("cadre.forest");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(cadre, null, cadre.getAuthorities()));
            seed(cadre);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed(CurrentUser cadre) {
        long started = System.currentTimeMillis();
        Long forest = cadre.orgId();
        LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(DemoData.PASSWORD);
        Random random = new Random(2027);
        List<Long> memberIds = new ArrayList<>();
        for (int from = 0; from < count; from += 200) {
            int start = from;
            tx.executeWithoutResult(s -> {
                for (int i = start; i < Math.min(count, start + 200); i++) {
                    Gender gender = i % 2 == 0 ? Gender.MALE : Gender.FEMALE;
                    LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(i * 7L + random.nextInt(7));
                    Member member = memberManagement.register(new MemberDraft(forest, "代表" + (i + 1), gender,
                            DemoData.idNumber("230718", birth, gender, random), null, today.minusYears(5), "护林员", null));
                    memberIds.add(member.getId());
                    int n = i + 1;
                    accounts.saveAccount(new Account(String.format("bench.rep.%05d", n), hash,
                            "代表" + n, forest, member.getId(), DataScope.SELF, EnumSet.of(Role.WORKER), null,
                            clock.instant()));
                }
            });
        }
        int number = Scopes.asSystem(() -> terms.findByOrgIdOrderByNumberDesc(forest)).stream()
                .mapToInt(Term::getNumber).max().orElse(0) + 1;
        Term term = congress.createTerm(cadre, forest, number, "基准测试职代会", today, today.plusYears(5), 2, 3,
                PassRule.MAJORITY_OF_ALL, 2);
        Constituency all = congress.addConstituency(cadre, term.getId(), "全体", count);
        CongressSession session = sessions.createSession(cadre, term.getId(), 1, "基准测试会议", null, null);
        sessions.openSession(cadre, session.getId());
        for (int from = 0; from < count; from += 200) {
            int start = from;
            tx.executeWithoutResult(s -> {
                for (int i = start; i < Math.min(count, start + 200); i++) {
                    congress.addRepresentative(cadre, all.getId(), memberIds.get(i));
                    sessions.markPresent(cadre, session.getId(), memberIds.get(i));
                }
            });
        }
        // a first ballot to warm the JVM up (JIT) with the same requests before the measured one
        Ballot warmUp = ballots.create(cadre, session.getId(), new BallotManagement.BallotDraft(WARM_UP, null,
                BallotKind.MOTION, true, 1, null, null, null, null));
        ballots.open(cadre, warmUp.getId());
        Ballot ballot = ballots.create(cadre, session.getId(), new BallotManagement.BallotDraft(TITLE, null,
                BallotKind.MOTION, true, 1, null, null, null, null));
        ballots.open(cadre, ballot.getId());
        log.info("Congress bench: {} representatives signed in, ballot {} open ({} ms)", count, ballot.getId(),
                System.currentTimeMillis() - started);
    }
}
