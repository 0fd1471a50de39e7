package org.workershome.core.account;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tokens for mobile clients: exchange user name and password for a bearer token; revoke it. */
@RestController
@RequestMapping("/api/v1/auth/token")
class TokenApi {

    private final AuthenticationManager authenticationManager;
    private final ApiTokenService tokens;
    private final TwoFactor twoFactor;

    TokenApi(AuthenticationManager authenticationManager, ApiTokenService tokens, TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
        this.authenticationManager = authenticationManager;
        this.tokens = tokens;
    }

    /** {@code code}: the authenticator's 6 digits, for accounts with two-step verification. */
    record Credentials(@NotBlank String username, @NotBlank String password, String code) {}

    record TokenResponse(String token, Instant expiresAt) {}

    /**
     * Bad credentials, a locked or a disabled account, a missing or wrong second-factor code (enrolment is on the
     * web only): 401 through the API's problem handler.
     */
    @PostMapping
    TokenResponse issue(@Valid @RequestBody Credentials credentials) {
        Authentication authentication = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(), credentials.password()));
        CurrentUser user = (CurrentUser) authentication.getPrincipal();
        if (twoFactor.required(user) && (!twoFactor.enrolled(user.accountId()) || !twoFactor.verify(user, credentials.code()))) {
            throw new TwoFactorRequired();
        }
        ApiTokenService.Issued issued = tokens.issue(user);
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    @DeleteMapping
    ResponseEntity<Void> revoke(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        tokens.revoke(header.substring("Bearer ".length()).strip());
        return ResponseEntity.noContent().build();
    }
}
