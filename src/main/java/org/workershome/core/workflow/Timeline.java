package org.workershome.core.workflow;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.scope.ScopedPrincipal;

/**
 * Writes and reads workflow timelines. Each step also goes to the audit log, so a state change is
 * recorded once by the module and twice by the platform (timeline for users, audit log for auditors).
 */
@Service
public class Timeline {

    private final TimelineEntries entries;
    private final AuditTrail audit;
    private final Clock clock;

    Timeline(TimelineEntries entries, AuditTrail audit, Clock clock) {
        this.entries = entries;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a step by the signed-in user (or the system, for jobs). Must run in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public TimelineEntry record(String targetType, Long targetId, Long orgId, Enum<?> action, Enum<?> from, Enum<?> to,
            String note) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Long accountId = null;
        String name = "system";
        if (auth != null && auth.getPrincipal() instanceof ScopedPrincipal principal) {
            accountId = principal.accountId();
            name = auth.getName();
        }
        TimelineEntry entry = entries.save(new TimelineEntry(targetType, targetId, action.name(),
                from == null ? null : from.name(), to == null ? null : to.name(), accountId, name, note, clock.instant()));
        audit.record(targetType.toUpperCase() + "_" + action.name(), targetType, targetId, orgId,
                (from == null ? "" : from.name()) + " → " + (to == null ? "" : to.name()));
        return entry;
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> of(String targetType, Long targetId) {
        return entries.findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc(targetType, targetId);
    }
}
