package org.workershome.noticeboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.support.IntegrationTest;

/**
 * A module's past-tense event reaches its listener in the act's transaction (@BeforeCommit): the holders of the
 * board's permission at the org are told at once, nothing is told for a rolled-back act, and a listener that fails
 * fails the act, so an act never commits without what its listeners write.
 */
@IntegrationTest
class ModuleEventsTest {

    @Autowired
    NoticeBoard board;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void holdersOfThePermissionAreToldWithTheActAndNotAfterRollback() {
        Long forest = orgOf("cadre.forest");
        String title = "N-" + UUID.randomUUID();
        board.post(forest, title);
        assertThat(inboxOf("cadre.forest", title)).isEqualTo(1);
        assertThat(inboxOf("worker.forest", title)).as("no permission, not told").isZero();

        String rolledBack = "R-" + UUID.randomUUID();
        tx.executeWithoutResult(status -> {
            board.post(forest, rolledBack);
            status.setRollbackOnly();
        });
        assertThat(inboxOf("cadre.forest", rolledBack)).isZero();
    }

    @Test
    void aListenerThatFailsFailsTheActAndNothingOfItIsWritten() {
        String title = "FAIL-" + UUID.randomUUID().toString().substring(0, 8);
        Long forest = orgOf("cadre.forest");
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            jdbc.update("insert into calendar_day (cal_date, kind, name) values (date '2031-01-02', 'HOLIDAY', ?)", title);
            board.post(forest, title);
        })).hasMessageContaining("the notifier is down");
        assertThat(jdbc.queryForObject("select count(*) from calendar_day where name = ?", Long.class, title)).isZero();
    }

    private Long orgOf(String username) {
        return jdbc.queryForObject("select org_id from account where username = ?", Long.class, username);
    }

    private long inboxOf(String username, String title) {
        return jdbc.queryForObject("""
                select count(*) from notification n join account a on a.id = n.account_id
                where a.username = ? and n.subject like ?""", Long.class, username, "%" + title + "%");
    }

}
