package org.workershome.core.account;

import org.springframework.security.core.AuthenticationException;

/** A token asked for with the right password but without a valid second-factor code. */
public class TwoFactorRequired extends AuthenticationException {

    public TwoFactorRequired() {
        super("two-factor code required");
    }
}
