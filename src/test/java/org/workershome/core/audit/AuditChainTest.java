package org.workershome.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestHttp;

/** The audit log's hash chain: every entry sealed, any change, removal or insertion found by the check. */
@IntegrationTest
class AuditChainTest {

    private static final Duration GRACE = Duration.ofMinutes(1);

    @LocalServerPort
    int port;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditSeals seals;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DataSource dataSource;

    @Test
    void everyEntryIsSealedAndTheChainVerifies() {
        long before = seals.head().seq();
        String marker = "chain-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            trail.recordAs(null, "auditor.test", "CHAIN_TEST", "Test", i, null, marker);
        }

        assertThat(seals.sealPending()).isGreaterThanOrEqualTo(3);
        assertThat(seals.sealPending()).as("nothing twice").isZero();

        AuditSeals.Verdict verdict = seals.verify(GRACE);
        assertThat(verdict.intact()).as("%s", verdict).isTrue();
        assertThat(verdict.sealed()).isEqualTo(seals.head().seq()).isGreaterThanOrEqualTo(before + 3);
        Long unsealed = jdbc.queryForObject("select count(*) from audit_log a where a.detail = ? and not exists "
                + "(select 1 from audit_seal s where s.entry_id = a.id)", Long.class, marker);
        assertThat(unsealed).isZero();
    }

    @Test
    void aChangedEntryBreaksTheChainAtItsSealUntilItIsPutBack() {
        long id = sealedEntry();
        String original = jdbc.queryForObject("select detail from audit_log where id = ?", String.class, id);

        tamper("update audit_log set detail = 'nothing happened' where id = " + id);
        AuditSeals.Verdict verdict = seals.verify(GRACE);
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.brokenEntryId()).isEqualTo(id);
        assertThat(verdict.problem()).isEqualTo("entry-changed");
        assertThat(verdict.sealed()).isEqualTo(verdict.brokenAtSeq() - 1);

        tamper("update audit_log set detail = '" + original + "' where id = " + id);
        assertThat(seals.verify(GRACE).intact()).isTrue();
    }

    @Test
    void aDeletedEntryIsFound() {
        long id = sealedEntry();
        Map<String, Object> row = jdbc.queryForMap("select * from audit_log where id = ?", id);

        tamper("delete from audit_log where id = " + id);
        AuditSeals.Verdict verdict = seals.verify(GRACE);
        assertThat(verdict.brokenEntryId()).isEqualTo(id);
        assertThat(verdict.problem()).isEqualTo("entry-missing");

        jdbc.update("insert into audit_log (id, occurred_at, username, action, target_type, target_id, detail)"
                + " values (?, ?, ?, ?, ?, ?, ?)", id, row.get("occurred_at"), row.get("username"), row.get("action"),
                row.get("target_type"), row.get("target_id"), row.get("detail"));
        assertThat(seals.verify(GRACE).intact()).as("put back as it was").isTrue();
    }

    @Test
    void anEntryWrittenPastTheApplicationIsReportedUnsealed() {
        seals.sealPending();
        jdbc.update("insert into audit_log (occurred_at, username, action) values (?, 'intruder', 'BACKDATED')",
                java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofDays(2))));
        AuditSeals.Verdict verdict = seals.verify(GRACE);
        assertThat(verdict.unsealed()).isEqualTo(1);
        assertThat(verdict.intact()).isFalse();
        seals.sealPending();
        assertThat(seals.verify(GRACE).intact()).isTrue();
    }

    @Test
    void onPostgresqlNeitherTheLogNorItsSealsCanBeChangedOrEmptied() throws SQLException {
        assumeTrue(postgres(), "the append-only triggers are PostgreSQL's");
        long id = sealedEntry();
        assertThatThrownBy(() -> jdbc.update("update audit_seal set hash = 'x' where entry_id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_seal where entry_id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_seal")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_log cascade")).hasMessageContaining("append-only");
    }

    @Test
    void auditorsSeeTheVerdictOthersDoNot() {
        seals.sealPending();
        TestHttp.Response page = TestHttp.signedIn(port, "admin").get("/audit-log/chain");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("哈希链完整");
        assertThat(TestHttp.signedIn(port, "cadre.forest").get("/audit-log/chain").status()).isEqualTo(403);
        assertThat(AuditVerifyCommand.describe(seals.verify(GRACE))).startsWith("audit chain intact");
    }

    private long sealedEntry() {
        trail.recordAs(null, "auditor.test", "CHAIN_TEST", "Test", 1, null, "sealed " + UUID.randomUUID());
        seals.sealPending();
        return jdbc.queryForObject("select max(entry_id) from audit_seal", Long.class);
    }

    /** As someone with database rights would: on PostgreSQL past the append-only triggers (superuser). */
    private void tamper(String sql) {
        boolean pg = postgres();
        transactions.executeWithoutResult(status -> {
            if (pg) {
                jdbc.execute("set local session_replication_role = replica");
            }
            jdbc.execute(sql);
        });
    }

    private boolean postgres() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
