package org.workershome.core.account;

import java.io.Serial;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An {@code Authorization: Bearer …} credential before it is checked. */
final class BearerToken extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String token;

    BearerToken(String token) {
        super(java.util.List.of());
        this.token = token;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return null;
    }
}
