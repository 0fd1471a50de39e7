package org.workershome.core.demo;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.workershome.core.account.CurrentUser;

/**
 * Lets a module's demo data be entered the way users would enter it: through its services, signed in as the demo
 * accounts, so that scope checks, timelines and the audit log see the same actors as in real use.
 */
@Component
public class DemoSignIn {

    private final UserDetailsService users;

    DemoSignIn(UserDetailsService users) {
        this.users = users;
    }

    /** Signs in as a demo account for what follows on this thread; the account, for services that take one. */
    public CurrentUser as(String username) {
        CurrentUser user = (CurrentUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    /** Runs seeding and signs out afterwards, whatever happens. */
    public void seeding(Runnable seed) {
        try {
            seed.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
