package org.workershome.core.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.core.error.InvalidInput;

/**
 * Makes a create request safe to retry: a form's hidden {@code requestToken} or the API's
 * {@code Idempotency-Key} header is stored with the id of what the first attempt created, in the same
 * transaction. The same key again, from the same user, gives back that record instead of a second one —
 * also when both attempts arrive at once (the key's primary key makes the second wait, then replay).
 */
@Service
public class IdempotentSubmissions {

    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9._:-]{8,100}$");
    static final Duration KEEP = Duration.ofDays(30);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    IdempotentSubmissions(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /** What a submission produced, and whether it was a replay of an earlier one. */
    public record Submission<T>(T value, boolean replayed) {}

    /**
     * Runs {@code create} once per (user, key) and purpose.
     *
     * @param key      the client's token; null or blank runs {@code create} without protection
     * @param purpose  what is being created, e.g. {@code "member.create"}; a key reused for another purpose is refused
     * @param idOf     the id of a created value, stored with the key
     * @param find     loads the value of an earlier attempt by its stored id
     */
    public <T> Submission<T> submit(String key, String purpose, Supplier<T> create, Function<T, Object> idOf,
            Function<String, Optional<T>> find) {
        if (key == null || key.isBlank()) {
            return new Submission<>(tx.execute(s -> create.get()), false);
        }
        if (!KEY.matcher(key).matches()) {
            throw InvalidInput.field("idempotencyKey", "error.idempotencyKey.invalid");
        }
        String owner = owner();
        // No look-up first: the key is inserted before anything is created, so a replay (or a twin that arrives
        // while the first attempt is still running) fails on the key's primary key and is answered from the row.
        try {
            return tx.execute(s -> {
                jdbc.update("insert into idempotency_key (owner, request_key, purpose, created_at) values (?, ?, ?, ?)",
                        owner, key, purpose, Timestamp.from(clock.instant()));
                T value = create.get();
                jdbc.update("update idempotency_key set target_id = ? where owner = ? and request_key = ?",
                        String.valueOf(idOf.apply(value)), owner, key);
                return new Submission<>(value, false);
            });
        } catch (DataIntegrityViolationException concurrentTwin) {
            return replay(owner, key, purpose, find).orElseThrow(() -> concurrentTwin);
        }
    }

    /** A key checked on the request's thread, stored later with what it created ({@link #storeAll}). */
    public record Claim(String owner, String key, String purpose) {}

    /**
     * Checks a key and notes whose it is, for a write made on another thread; empty without a key.
     * A replay is found only when the claim is stored: {@link #storeAll} then fails on the key's primary key,
     * and the caller goes the usual way with {@link #submit}, which answers it.
     */
    public Optional<Claim> claim(String key, String purpose) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        if (!KEY.matcher(key).matches()) {
            throw InvalidInput.field("idempotencyKey", "error.idempotencyKey.invalid");
        }
        return Optional.of(new Claim(owner(), key, purpose));
    }

    /**
     * Stores claims with the ids of what they created, in one batch in the caller's transaction. A key used
     * before fails the transaction ({@link DataIntegrityViolationException}).
     */
    public void storeAll(List<Claim> claims, List<?> targetIds) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new java.util.ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            rows.add(new Object[] {c.owner(), c.key(), c.purpose(), now, String.valueOf(targetIds.get(i))});
        }
        jdbc.batchUpdate("insert into idempotency_key (owner, request_key, purpose, created_at, target_id) values (?, ?, ?, ?, ?)",
                rows);
    }

    private <T> Optional<Submission<T>> replay(String owner, String key, String purpose,
            Function<String, Optional<T>> find) {
        List<String[]> rows = jdbc.query("select purpose, target_id from idempotency_key where owner = ? and request_key = ?",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, owner, key);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        if (!rows.get(0)[0].equals(purpose)) {
            throw InvalidInput.field("idempotencyKey", "error.idempotencyKey.reused");
        }
        return tx.execute(s -> find.apply(rows.get(0)[1])).map(v -> new Submission<>(v, true));
    }

    private static String owner() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() ? auth.getName() : "anonymous";
    }

    /** Keys only need to outlive a client's retries. */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
    void forgetOldKeys() {
        jdbc.update("delete from idempotency_key where created_at < ?", Timestamp.from(clock.instant().minus(KEEP)));
    }
}
