package org.workershome.core.account;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;
import org.workershome.core.WorkersHomeProperties;

/** Periodic password change (等保三级): a password older than the configured age is changed before anything else. */
@Component
public class PasswordAge {

    /** Session attribute: signed in with an expired password, to be changed on the password page first. */
    public static final String EXPIRED = "workers-home.password.expired";

    private final Clock clock;
    private final Duration maxAge;

    PasswordAge(Clock clock, WorkersHomeProperties properties) {
        this.clock = clock;
        this.maxAge = properties.security().passwordMaxAge();
    }

    public boolean expired(CurrentUser user) {
        return !maxAge.isZero() && user.passwordChangedAt() != null
                && user.passwordChangedAt().plus(maxAge).isBefore(clock.instant());
    }
}
