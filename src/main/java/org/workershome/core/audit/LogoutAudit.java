package org.workershome.core.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.workershome.core.scope.ScopedPrincipal;

/** Writes each sign-out to the audit log (sign-ins are written by the account module's LoginAttempts). */
@Component
class LogoutAudit {

    private final AuditTrail audit;

    LogoutAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        // The security context is already cleared here: the actor comes from the event.
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof ScopedPrincipal user) {
            audit.recordAs(user.accountId(), event.getAuthentication().getName(), "LOGOUT", "Account",
                    user.accountId(), user.orgId(), null);
        }
    }
}
