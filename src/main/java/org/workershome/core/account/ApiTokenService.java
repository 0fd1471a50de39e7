package org.workershome.core.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.cache.NodeCaches;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.scope.Scopes;

/** Issues, checks and revokes API tokens. Tokens are random; only their hash is kept. */
@Service
public class ApiTokenService {

    private final ApiTokens tokens;
    private final AccountUserDetailsService users;
    private final AuditTrail audit;
    private final Clock clock;
    private final WorkersHomeProperties properties;
    private final SecureRandom random = new SecureRandom();
    /**
     * Tokens checked recently, by hash: a mobile client's burst of requests reads the database once. This node
     * forgets an account's entries whenever its tokens are revoked or it is locked (everything that changes what
     * an account may do revokes its tokens), and the other nodes forget all theirs when that commits (core.cache).
     */
    private final Cache<String, Checked> recent;

    private record Checked(Long accountId, Instant expiresAt, Authentication authentication) {}

    private final NodeCaches caches;

    ApiTokenService(ApiTokens tokens, AccountUserDetailsService users, AuditTrail audit, Clock clock,
            WorkersHomeProperties properties, NodeCaches caches) {
        this.caches = caches;
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
        this.recent = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterWrite(properties.security().apiTokenCache()).build();
        caches.register(CACHE, recent::invalidateAll);
    }

    private static final String CACHE = "api-tokens";

    record Issued(String token, Instant expiresAt) {}

    @Transactional
    public Issued issue(CurrentUser user) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.security().apiTokenLifetime());
        tokens.save(new ApiToken(user.accountId(), hash(token), now, expiresAt));
        audit.recordAs(user.accountId(), user.getUsername(), "API_TOKEN_ISSUE", "Account", user.accountId(), user.orgId(), null);
        return new Issued(token, expiresAt);
    }

    @Transactional
    public void revoke(String token) {
        String hash = hash(token);
        recent.invalidate(hash);
        caches.changed(CACHE);
        tokens.findByTokenHash(hash).ifPresent(t -> t.revoke(clock.instant()));
    }

    @Transactional
    public int revokeAll(Long accountId) {
        forget(accountId);
        return tokens.revokeAll(accountId, clock.instant());
    }

    /** Makes the next request with any of the account's tokens read the database again. */
    void forget(Long accountId) {
        recent.asMap().values().removeIf(checked -> checked.accountId().equals(accountId));
        caches.changed(CACHE);
    }

    /**
     * Checks a bearer token; the result is the token's account, signed in for this request only. Not one
     * transaction: a recently checked token needs no connection at all.
     */
    public Authentication authenticate(String token) {
        String hash = hash(token);
        Checked checked = recent.getIfPresent(hash);
        if (checked != null && checked.expiresAt().isAfter(clock.instant())) {
            return checked.authentication();
        }
        ApiToken stored = tokens.findByTokenHash(hash)
                .filter(t -> t.isValidAt(clock.instant()))
                .orElseThrow(() -> new BadCredentialsException("invalid or expired token"));
        CurrentUser user = Scopes.asSystem(() -> users.loadById(stored.getAccountId()))
                .orElseThrow(() -> new BadCredentialsException("account gone"));
        if (!user.isEnabled()) {
            throw new DisabledException("disabled");
        }
        if (!user.isAccountNonLocked()) {
            throw new LockedException("locked");
        }
        user.eraseCredentials();
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        recent.put(hash, new Checked(user.accountId(), stored.getExpiresAt(), authentication));
        return authentication;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
