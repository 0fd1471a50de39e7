package org.workershome.core.account;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.scope.Scopes;

/** Loads accounts for sign-in; runs before anyone is signed in, so it reads as the system. */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final Clock clock;
    private final RolePermissions rolePermissions;

    AccountUserDetailsService(Accounts accounts, Clock clock, RolePermissions rolePermissions) {
        this.accounts = accounts;
        this.clock = clock;
        this.rolePermissions = rolePermissions;
    }

    @Override
    @Transactional(readOnly = true)
    public CurrentUser loadUserByUsername(String username) {
        return Scopes.asSystem(() -> accounts.findByUsername(username))
                .map(a -> new CurrentUser(a, a.isLockedAt(clock.instant()), rolePermissions))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<CurrentUser> loadById(Long accountId) {
        return Scopes.asSystem(() -> accounts.findById(accountId))
                .map(a -> new CurrentUser(a, a.isLockedAt(clock.instant()), rolePermissions));
    }
}
