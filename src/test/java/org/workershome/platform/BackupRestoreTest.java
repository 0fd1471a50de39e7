package org.workershome.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.support.IntegrationTest;

import com.zaxxer.hikari.HikariDataSource;

/**
 * ops/backup.sh and ops/restore.sh, run as an operator would, give back every table (row count and a checksum of
 * its rows) and every uploaded file of the running app's database and data directory — on H2 and on PostgreSQL.
 */
@IntegrationTest
class BackupRestoreTest {

    @Autowired DataSource dataSource;
    @Autowired WorkersHomeProperties properties;

    @TempDir Path tmp;

    @Test
    void aBackupRestoresEveryTableAndEveryFile() throws Exception {
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        Path archive = tmp.resolve("backup.tar");
        Path restoredDir = tmp.resolve("restored");
        Map<String, String> before;
        Map<String, String> after;
        // at least one uploaded file to carry over, whatever other tests left in the data directory
        Path marker = properties.dataDir().resolve("files/backup-test/" + System.nanoTime() + ".bin");
        Files.createDirectories(marker.getParent());
        Files.write(marker, ("备份测试 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        if (hikari.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            String schema;
            try (Connection c = dataSource.getConnection()) {
                schema = c.getSchema();
            }
            String server = hikari.getJdbcUrl().replaceFirst("^jdbc:postgresql://([^/]+)/.*$", "$1");
            String user = hikari.getUsername();
            String source = "postgresql://" + user + "@" + server + "/"
                    + hikari.getJdbcUrl().replaceFirst("^jdbc:postgresql://[^/]+/([^?]+).*$", "$1");
            String copy = "restore_" + System.nanoTime();
            before = quietBackup(() -> run("ops/backup.sh", "--pg", source, "--schema", schema, "--data-dir", dataDir(),
                    "--out", archive.toString()));
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("create database " + copy);
            }
            try {
                run("ops/restore.sh", "--pg", "postgresql://" + user + "@" + server + "/" + copy,
                        "--data-dir", restoredDir.toString(), "--in", archive.toString());
                try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + server + "/" + copy, user,
                        hikari.getPassword())) {
                    after = tables(c, schema);
                }
            } finally {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("drop database if exists " + copy + " with (force)");
                }
            }
        } else {
            // the suite's H2 is in this JVM's memory: the scripts reach it through H2's TCP server, as a tool would
            String name = hikari.getJdbcUrl().replaceFirst("^jdbc:h2:mem:([^;]+).*$", "$1");
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            Server tcp = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifExists").start();
            try {
                String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:" + name;
                before = quietBackup(() -> run("ops/backup.sh", "--h2", "--h2-url", url, "--data-dir", dataDir(),
                        "--out", archive.toString()));
            } finally {
                tcp.stop();
            }
            run("ops/restore.sh", "--h2", "--data-dir", restoredDir.toString(), "--in", archive.toString());
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + restoredDir + "/db/workers-home;"
                    + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "")) {
                after = tables(c, "public");
            }
        }
        assertThat(before).as("every table of the schema").hasSizeGreaterThan(20);
        assertThat(after).isEqualTo(before);
        Map<String, String> files = files(properties.dataDir().resolve("files"));
        assertThat(files).containsKey(properties.dataDir().resolve("files").relativize(marker).toString());
        assertThat(files(restoredDir.resolve("files"))).isEqualTo(files);
        Files.delete(marker);
        assertThat(restoredDir.resolve("search")).doesNotExist();
    }

    interface Backup {
        void run() throws Exception;
    }

    /**
     * Runs the backup between two snapshots of the source and retries while they differ: the app's own jobs (session
     * clean-up, audit, notifications) may write while the backup runs, and then no snapshot is what the archive holds.
     */
    private Map<String, String> quietBackup(Backup backup) throws Exception {
        for (int attempt = 1;; attempt++) {
            Map<String, String> first;
            Map<String, String> second;
            try (Connection c = dataSource.getConnection()) {
                first = tables(c, c.getSchema());
            }
            backup.run();
            try (Connection c = dataSource.getConnection()) {
                second = tables(c, c.getSchema());
            }
            if (first.equals(second) || attempt == 5) {
                assertThat(second).as("the source kept changing during the backup").isEqualTo(first);
                return first;
            }
            Thread.sleep(500);
        }
    }

    private String dataDir() {
        return properties.dataDir().toAbsolutePath().toString();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("H2_JAR", Server.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + ":\n" + output).isZero();
    }

    /** Every table of the schema: its row count and an order-independent checksum of its rows. */
    private static Map<String, String> tables(Connection c, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        Map<String, String> sums = new TreeMap<>();
        for (String table : names) {
            long rows = 0;
            long sum = 0;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select * from " + schema + "." + table)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(rs.getString(i)).append('\u0001');
                    }
                    sum += row.toString().hashCode() * 0x9E3779B97F4A7C15L + row.length();
                    rows++;
                }
            }
            sums.put(table, rows + " rows, sum " + Long.toHexString(sum));
        }
        return sums;
    }

    private static Map<String, String> files(Path root) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return hashes;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(file).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return hashes;
    }
}
