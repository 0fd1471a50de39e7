package org.workershome.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.core.org.OrgDirectory;
import org.workershome.support.IntegrationTest;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Per-node caches across nodes on one PostgreSQL: another node's message empties this node's cache; a change here
 * tells the others when it commits and not when it rolls back; after the link was cut, every cache is emptied.
 * On H2 (one node) only the local part applies.
 */
@IntegrationTest
class NodeCachesTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired OrgDirectory directory;
    @Autowired NodeCaches caches;
    @Autowired TransactionTemplate tx;

    long orgId;
    String name;

    @BeforeEach
    void pickAnOrg() {
        orgId = jdbc.queryForObject("select min(id) from org where parent_id is not null", Long.class);
        name = jdbc.queryForObject("select name from org where id = ?", String.class, orgId);
    }

    @AfterEach
    void restore() {
        jdbc.update("update org set name = ? where id = ?", name, orgId);
        directory.evict(orgId);
    }

    @Test
    void aChangeEmptiesTheCacheHereAtOnce() {
        assertThat(directory.nameOf(orgId)).isEqualTo(name);
        jdbc.update("update org set name = ? where id = ?", name + "（改）", orgId);
        assertThat(directory.nameOf(orgId)).as("cached").isEqualTo(name);
        caches.changed("org-directory");
        assertThat(directory.nameOf(orgId)).isEqualTo(name + "（改）");
    }

    @Test
    void anotherNodesMessageEmptiesThisNodesCache() throws Exception {
        assumeTrue(postgres(), "one node on H2");
        assertThat(directory.nameOf(orgId)).isEqualTo(name);
        jdbc.update("update org set name = ? where id = ?", name + "（B 节点改）", orgId);
        assertThat(directory.nameOf(orgId)).as("cached").isEqualTo(name);

        jdbc.queryForList("select pg_notify(?, ?)", NodeLink.CHANNEL, "another-node|org-directory");
        assertThat(within(5_000, () -> directory.nameOf(orgId).equals(name + "（B 节点改）"))).isTrue();
    }

    @Test
    void aChangeHereTellsTheOtherNodesOnlyWhenItCommits() throws Exception {
        assumeTrue(postgres(), "one node on H2");
        try (Connection other = listeningConnection()) {
            tx.executeWithoutResult(status -> {
                caches.changed("org-directory");
                status.setRollbackOnly();
            });
            assertThat(received(other, 1_500)).as("rolled back: nothing sent").noneMatch(p -> p.endsWith("|org-directory"));

            tx.executeWithoutResult(status -> caches.changed("org-directory"));
            assertThat(received(other, 5_000)).anyMatch(payload -> payload.endsWith("|org-directory"));
        }
    }

    @Test
    void afterTheLinkWasCutEveryCacheIsEmptied() throws Exception {
        assumeTrue(postgres(), "one node on H2");
        assertThat(directory.nameOf(orgId)).isEqualTo(name);
        jdbc.update("update org set name = ? where id = ?", name + "（断线期间改）", orgId);
        assertThat(directory.nameOf(orgId)).as("cached").isEqualTo(name);

        jdbc.queryForList("select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database()"
                + " and query = 'LISTEN " + NodeLink.CHANNEL + "' and pid <> pg_backend_pid()");
        assertThat(within(10_000, () -> directory.nameOf(orgId).equals(name + "（断线期间改）")))
                .as("the link reconnects within seconds and empties what it may have missed").isTrue();
    }

    private boolean postgres() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    private Connection listeningConnection() throws SQLException {
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        Connection c = DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + NodeLink.CHANNEL);
        }
        return c;
    }

    private static List<String> received(Connection c, long millis) throws SQLException {
        List<String> payloads = new ArrayList<>();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            PGNotification[] ns = c.unwrap(PGConnection.class).getNotifications(200);
            if (ns != null) {
                for (PGNotification n : ns) {
                    payloads.add(n.getParameter());
                }
            }
        }
        return payloads;
    }

    private static boolean within(long millis, BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }
}
