package org.workershome.core.audit;

import java.sql.Timestamp;
import java.time.Clock;

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

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an act of the signed-in user (or the system, when nobody is signed in). */
    public void record(String action, String targetType, Object targetId, Long orgId, String detail) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Long accountId = null;
        String username = null;
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof ScopedPrincipal principal) {
            accountId = principal.accountId();
            username = auth.getName();
        }
        recordAs(accountId, username, action, targetType, targetId, orgId, detail);
    }

    /** Records an act whose actor is known otherwise, e.g. a failed sign-in under a typed user name. */
    public void recordAs(Long accountId, String username, String action, String targetType, Object targetId,
            Long orgId, String detail) {
        jdbc.update("""
                insert into audit_log (occurred_at, account_id, username, ip, action, target_type, target_id, org_id, detail)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(clock.instant()), accountId, truncate(username, 50), clientIp(), action, targetType,
                targetId == null ? null : String.valueOf(targetId), orgId, truncate(detail, DETAIL_MAX));
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
