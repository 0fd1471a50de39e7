package org.workershome.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hash chain that makes the audit log tamper-evident: each entry, once committed, gets a seal holding
 * {@code sha256(previous seal's hash | the entry's content)}. Changing, removing or slipping in an entry (with
 * database rights that pass the append-only triggers) breaks the chain from that seal on, which {@link #verify()}
 * finds. The newest seal is written to the application log each time, a copy outside the database that a cut-off
 * tail of the chain can be checked against.
 */
@Service
public class AuditSeals {

    static final String GENESIS = "0".repeat(64);
    private static final int BATCH = 2_000;
    private static final Logger log = LoggerFactory.getLogger(AuditSeals.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditSeals(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The newest seal, or seal 0 with the genesis hash when nothing is sealed yet. */
    public record Seal(long seq, long entryId, String hash) {}

    /**
     * What {@link #verify()} found: how many seals hold, the first that does not (and why), and how many entries
     * older than {@code grace} carry no seal (written past the application, or the sealing job is not running).
     */
    public record Verdict(long sealed, Long brokenAtSeq, Long brokenEntryId, String problem, long unsealed, Seal head) {

        public boolean intact() { return brokenAtSeq == null && unsealed == 0; }
    }

    /** Seals every committed entry not sealed yet, oldest id first; returns how many. One caller at a time (the job's lock). */
    @Transactional
    public int sealPending() {
        Seal head = head();
        String previous = head.hash();
        long seq = head.seq();
        int sealed = 0;
        while (true) {
            List<Object[]> seals = new ArrayList<>();
            List<Content> batch = jdbc.query(ENTRIES + " where not exists (select 1 from audit_seal s where s.entry_id = a.id)"
                    + " order by a.id fetch first " + BATCH + " rows only", AuditSeals::content);
            Timestamp now = Timestamp.from(clock.instant());
            for (Content entry : batch) {
                previous = link(previous, entry);
                seals.add(new Object[] {++seq, entry.id(), previous, now});
            }
            jdbc.batchUpdate("insert into audit_seal (seq, entry_id, hash, sealed_at) values (?, ?, ?, ?)", seals);
            sealed += batch.size();
            if (batch.size() < BATCH) {
                break;
            }
        }
        if (sealed > 0) {
            log.info("audit chain sealed {} entries; head seal {} hash {}", sealed, seq, previous);
        }
        return sealed;
    }

    /** Walks the whole chain from the first seal and recomputes every hash. */
    @Transactional(readOnly = true)
    public Verdict verify(Duration grace) {
        String previous = GENESIS;
        long expectedSeq = 1;
        long lastSeq = 0;
        while (true) {
            List<SealedContent> page = jdbc.query("""
                    select s.seq, s.entry_id, s.hash, a.id, a.occurred_at, a.account_id, a.username, a.ip, a.action,
                           a.target_type, a.target_id, a.org_id, a.detail
                    from audit_seal s left join audit_log a on a.id = s.entry_id
                    where s.seq > ? order by s.seq fetch first %d rows only""".formatted(BATCH),
                    (rs, n) -> new SealedContent(rs.getLong("seq"), rs.getLong("entry_id"), rs.getString("hash"),
                            rs.getObject("id") == null ? null : content(rs, n)),
                    lastSeq);
            for (SealedContent seal : page) {
                Seal here = new Seal(seal.seq(), seal.entryId(), seal.hash());
                if (seal.seq() != expectedSeq) {
                    return broken(expectedSeq - 1, here, "seal-missing", grace);
                }
                if (seal.entry() == null) {
                    return broken(expectedSeq - 1, here, "entry-missing", grace);
                }
                String hash = link(previous, seal.entry());
                if (!hash.equals(seal.hash())) {
                    return broken(expectedSeq - 1, here, "entry-changed", grace);
                }
                previous = hash;
                expectedSeq++;
                lastSeq = seal.seq();
            }
            if (page.size() < BATCH) {
                break;
            }
        }
        return new Verdict(lastSeq, null, null, null, unsealedOlderThan(grace), head());
    }

    public Seal head() {
        List<Seal> last = jdbc.query("select seq, entry_id, hash from audit_seal order by seq desc fetch first 1 rows only",
                (rs, n) -> new Seal(rs.getLong(1), rs.getLong(2), rs.getString(3)));
        return last.isEmpty() ? new Seal(0, 0, GENESIS) : last.get(0);
    }

    private Verdict broken(long sealedBefore, Seal at, String problem, Duration grace) {
        return new Verdict(sealedBefore, at.seq(), at.entryId(), problem, unsealedOlderThan(grace), head());
    }

    private long unsealedOlderThan(Duration grace) {
        Long count = jdbc.queryForObject("""
                select count(*) from audit_log a
                where a.occurred_at < ? and not exists (select 1 from audit_seal s where s.entry_id = a.id)""",
                Long.class, Timestamp.from(clock.instant().minus(grace)));
        return count == null ? 0 : count;
    }

    private static final String ENTRIES = """
            select a.id, a.occurred_at, a.account_id, a.username, a.ip, a.action, a.target_type, a.target_id, a.org_id,
                   a.detail
            from audit_log a""";

    /** An entry's content as the chain hashes it; every field, in a fixed order, nulls distinct from empty text. */
    record Content(long id, String canonical) {}

    private record SealedContent(long seq, long entryId, String hash, Content entry) {}

    private static Content content(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        OffsetDateTime at = rs.getObject("occurred_at", OffsetDateTime.class);
        String canonical = String.join("\u001f", String.valueOf(id), at.toInstant().toString(),
                field(rs.getObject("account_id")), field(rs.getString("username")), field(rs.getString("ip")),
                field(rs.getString("action")), field(rs.getString("target_type")), field(rs.getString("target_id")),
                field(rs.getObject("org_id")), field(rs.getString("detail")));
        return new Content(id, canonical);
    }

    private static String field(Object value) {
        return value == null ? "\u0000" : Objects.toString(value);
    }

    static String link(String previous, Content entry) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '|');
            sha.update(entry.canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
