package org.workershome.noticeboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.support.IntegrationTest;

/**
 * A module's past-tense event reaches its listener after commit (@AfterCommit): the holders of the board's
 * permission at the org are told at once, nothing is told for a rolled-back act, and a publication whose listener
 * failed is kept to be submitted again.
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
    void holdersOfThePermissionAreToldAfterCommitAndNotAfterRollback() {
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
        assertThat(outstanding(title)).as("a handled publication is gone").isZero();
    }

    @Test
    void aPublicationWhoseListenerFailedIsKeptForAnotherTry() {
        String title = "FAIL-" + UUID.randomUUID();
        board.post(orgOf("cadre.forest"), title);
        assertThat(outstanding(title)).isEqualTo(1);
        jdbc.update("delete from event_publication where serialized_event like ?", "%" + title + "%");
    }

    private Long orgOf(String username) {
        return jdbc.queryForObject("select org_id from account where username = ?", Long.class, username);
    }

    private long inboxOf(String username, String title) {
        return jdbc.queryForObject("""
                select count(*) from notification n join account a on a.id = n.account_id
                where a.username = ? and n.subject like ?""", Long.class, username, "%" + title + "%");
    }

    private long outstanding(String title) {
        return jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?", Long.class,
                "%" + title + "%");
    }
}
