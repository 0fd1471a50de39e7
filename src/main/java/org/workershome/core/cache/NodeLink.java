package org.workershome.core.cache;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The link between the nodes that share one PostgreSQL: a message is a {@code NOTIFY} on one channel, sent in the
 * caller's transaction (PostgreSQL delivers it when that commits, and never if it rolls back); each node listens on
 * its own connection outside the pool, and reconnects when the database comes back. On H2 there is one node and no
 * link. A node ignores its own messages.
 */
@Component
class NodeLink implements SmartLifecycle {

    static final String CHANNEL = "workers_home_caches";
    private static final Logger log = LoggerFactory.getLogger(NodeLink.class);

    private final String node = UUID.randomUUID().toString();
    private final JdbcTemplate jdbc;
    private final HikariDataSource hikari;
    private final boolean postgres;
    private volatile Consumer<String> onMessage = name -> { };
    private volatile Runnable onReconnect = () -> { };
    private volatile boolean running;
    private Thread listener;

    NodeLink(JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        this.hikari = dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        try (Connection c = dataSource.getConnection()) {
            this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    void onMessage(Consumer<String> handler) {
        this.onMessage = handler;
    }

    void onReconnect(Runnable handler) {
        this.onReconnect = handler;
    }

    /** Tells the other nodes, when the current transaction commits (at once without one). */
    void send(String message) {
        if (postgres) {
            jdbc.queryForList("select pg_notify(?, ?)", CHANNEL, node + "|" + message);
        }
    }

    @Override
    public void start() {
        if (!postgres || hikari == null) {
            return;
        }
        running = true;
        listener = new Thread(this::listen, "node-link");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        boolean lost = false;
        while (running) {
            try (Connection c = DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword())) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                if (lost) {
                    log.info("The link to the other nodes is back");
                    onReconnect.run();
                    lost = false;
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications(1000);
                    if (received != null) {
                        for (PGNotification n : received) {
                            deliver(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!lost) {
                    log.warn("The link to the other nodes is down, retrying every second: {}", e.toString());
                }
                lost = true;
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void deliver(String payload) {
        int bar = payload.indexOf('|');
        if (bar > 0 && !payload.substring(0, bar).equals(node)) {
            onMessage.accept(payload.substring(bar + 1));
        }
    }
}
