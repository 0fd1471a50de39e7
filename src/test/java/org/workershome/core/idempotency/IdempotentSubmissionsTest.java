package org.workershome.core.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.workershome.core.org.Org;
import org.workershome.core.org.OrgDraft;
import org.workershome.core.org.OrgManagement;
import org.workershome.core.org.OrgType;
import org.workershome.core.org.Orgs;
import org.workershome.core.scope.Scopes;
import org.workershome.core.error.InvalidInput;
import org.workershome.support.IntegrationTest;

@IntegrationTest
class IdempotentSubmissionsTest {

    @Autowired IdempotentSubmissions submissions;
    @Autowired OrgManagement orgManagement;
    @Autowired Orgs orgs;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private IdempotentSubmissions.Submission<Org> createOrg(String key, String name) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("idem.tester", "x", "ROLE_ADMIN"));
        return Scopes.asSystem(() -> submissions.submit(key, "org.create",
                () -> orgManagement.create(new OrgDraft(rootId(), name, OrgType.GRASSROOTS, null, null)),
                Org::getId, id -> orgs.findById(Long.valueOf(id))));
    }

    private Long rootId() {
        return Scopes.asSystem(() -> orgs.findByParentIdIsNull()).orElseThrow().getId();
    }

    private long countNamed(String name) {
        return jdbc.queryForObject("select count(*) from org where name = ?", Long.class, name);
    }

    @Test
    void secondSubmissionWithSameKeyReturnsTheFirstRecord() {
        String key = UUID.randomUUID().toString();
        String name = "幂等测试工会-" + key.substring(0, 8);
        var first = createOrg(key, name);
        var second = createOrg(key, name);
        assertThat(first.replayed()).isFalse();
        assertThat(second.replayed()).isTrue();
        assertThat(second.value().getId()).isEqualTo(first.value().getId());
        assertThat(countNamed(name)).isEqualTo(1);
    }

    @Test
    void concurrentTwinsCreateOneRecord() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "并发幂等工会-" + key.substring(0, 8);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Long> attempt = () -> {
            start.await();
            return createOrg(key, name).value().getId();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> a = pool.submit(attempt);
            Future<Long> b = pool.submit(attempt);
            start.countDown();
            assertThat(a.get()).isEqualTo(b.get());
        } finally {
            pool.shutdown();
        }
        assertThat(countNamed(name)).isEqualTo(1);
    }

    @Test
    void malformedKeyIsRefusedAndCreatesNothing() {
        String name = "坏标识工会-" + UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> createOrg("bad key!", name)).isInstanceOf(InvalidInput.class);
        assertThat(countNamed(name)).isZero();
    }
}
