package org.workershome.core.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.workershome.core.scope.ScopedPrincipal;

/**
 * Writes the append-only audit log. Inserts go through JDBC on the caller's transaction, so an entry
 * and the change it records commit or roll back together, also when called from a JPA entity listener.
 */
@Service
public class AuditTrail {

    private static final int DETAIL_MAX = 1000;
    private static final String INSERT = """
            insert into audit_log (occurred_at, account_id, username, ip, action, target_type, target_id, org_id, detail)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Who acts, and from where: taken on the request's thread, for entries written later on another one
     * (see {@link org.workershome.core.db.GroupCommit}). Nobody signed in is the system.
     */
    public record Actor(Long accountId, String username, String ip) {

        public static final Actor SYSTEM = new Actor(null, null, null);

        /** The signed-in user (or the system) of the current request. */
        public static Actor current() {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof ScopedPrincipal principal) {
                return new Actor(principal.accountId(), auth.getName(), clientIp());
            }
            return new Actor(null, null, clientIp());
        }
    }

    /** One entry, for {@link #recordAll}. */
    public record Entry(Actor actor, Instant at, String action, String targetType, Object targetId, Long orgId,
            String detail) {}

    /** Records an act of the signed-in user (or the system, when nobody is signed in). */
    public void record(String action, String targetType, Object targetId, Long orgId, String detail) {
        Actor actor = Actor.current();
        recordAs(actor.accountId(), actor.username(), action, targetType, targetId, orgId, detail);
    }

    /** Records an act whose actor is known otherwise, e.g. a failed sign-in under a typed user name. */
    public void recordAs(Long accountId, String username, String action, String targetType, Object targetId,
            Long orgId, String detail) {
        Entry entry = new Entry(new Actor(accountId, username, clientIp()), clock.instant(), action, targetType, targetId,
                orgId, detail);
        jdbc.update(INSERT, ps -> bind(ps, entry));
    }

    /** Several entries in one JDBC batch, on the caller's transaction. */
    public void recordAll(List<Entry> entries) {
        jdbc.batchUpdate(INSERT, entries, entries.size(), AuditTrail::bind);
    }

    private static void bind(PreparedStatement ps, Entry e) throws SQLException {
        ps.setTimestamp(1, Timestamp.from(e.at()));
        ps.setObject(2, e.actor().accountId(), Types.BIGINT);
        ps.setString(3, truncate(e.actor().username(), 50));
        ps.setString(4, e.actor().ip());
        ps.setString(5, e.action());
        ps.setString(6, e.targetType());
        ps.setString(7, e.targetId() == null ? null : String.valueOf(e.targetId()));
        ps.setObject(8, e.orgId(), Types.BIGINT);
        ps.setString(9, truncate(e.detail(), DETAIL_MAX));
    }

    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
