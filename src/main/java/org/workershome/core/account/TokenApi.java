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

    TokenApi(AuthenticationManager authenticationManager, ApiTokenService tokens) {
        this.authenticationManager = authenticationManager;
        this.tokens = tokens;
    }

    record Credentials(@NotBlank String username, @NotBlank String password) {}

    record TokenResponse(String token, Instant expiresAt) {}

    /** Bad credentials, a locked or a disabled account: 401 through the API's problem handler. */
    @PostMapping
    TokenResponse issue(@Valid @RequestBody Credentials credentials) {
        Authentication authentication = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(), credentials.password()));
        ApiTokenService.Issued issued = tokens.issue((CurrentUser) authentication.getPrincipal());
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    @DeleteMapping
    ResponseEntity<Void> revoke(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        tokens.revoke(header.substring("Bearer ".length()).strip());
        return ResponseEntity.noContent().build();
    }
}
