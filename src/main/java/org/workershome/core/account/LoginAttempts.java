package org.workershome.core.account;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.scope.Scopes;

/**
 * Counts failed sign-ins and locks an account for a while after too many (form and API token alike),
 * and writes every sign-in, good or bad, to the audit log.
 */
@Component
class LoginAttempts {

    private final Accounts accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final WorkersHomeProperties.Security settings;
    private final TransactionTemplate tx;
    private final ApiTokenService tokens;

    LoginAttempts(Accounts accounts, AuditTrail audit, Clock clock, WorkersHomeProperties properties, TransactionTemplate tx,
            ApiTokenService tokens) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.settings = properties.security();
        this.tx = tx;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof CurrentUser user)) {
            return; // bearer-token requests are not sign-ins
        }
        tx.executeWithoutResult(s -> Scopes.asSystem(() -> {
            accounts.recordSuccess(user.getUsername(), clock.instant());
            audit.recordAs(user.accountId(), user.getUsername(), "LOGIN_SUCCESS", "Account", user.accountId(),
                    user.orgId(), null);
        }));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Object principal = event.getAuthentication().getPrincipal();
        if (principal == null || event.getAuthentication() instanceof BearerToken) {
            return;
        }
        String username = principal instanceof CurrentUser u ? u.getUsername() : principal.toString();
        tx.executeWithoutResult(s -> Scopes.asSystem(() -> {
            String action = "LOGIN_FAILURE";
            if (event instanceof AuthenticationFailureBadCredentialsEvent) {
                int limit = settings.maxFailedLogins();
                accounts.recordFailure(username, limit, clock.instant().plus(settings.lockout()));
            } else if (event instanceof AuthenticationFailureLockedEvent) {
                action = "LOGIN_LOCKED";
            }
            var account = accounts.findByUsername(username);
            // a locked account's tokens stop working at once on this node, as its sign-ins do
            account.filter(a -> a.isLockedAt(clock.instant())).ifPresent(a -> tokens.forget(a.getId()));
            audit.recordAs(account.map(Account::getId).orElse(null), username, action, "Account",
                    account.map(Account::getId).orElse(null), account.map(Account::getOrgId).orElse(null),
                    event.getException().getClass().getSimpleName());
        }));
    }
}
