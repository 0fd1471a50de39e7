package org.workershome.core.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.error.InvalidInput;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

/**
 * Two-factor sign-in with time-based one-time codes (TOTP, RFC 6238: 6 digits, 30 s, SHA-1 — what every
 * authenticator app reads from the QR code). Required for accounts holding one of the configured roles (and for
 * anyone who enrolled of their own accord); a code is accepted for one step either side of now, and once only.
 */
@Service
public class TwoFactor {

    /** Session attribute: signed in with the password, the second factor still to come (see TwoFactorGate). */
    public static final String PENDING = "workers-home.two-factor.pending";
    static final int PERIOD_SECONDS = 30;
    static final String ISSUER = "职工之家";

    private final TwoFactorEnrolments enrolments;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final WorkersHomeProperties.Security settings;
    private final Set<Role> requiredFor;
    private final CodeGenerator codes = new DefaultCodeGenerator();

    TwoFactor(TwoFactorEnrolments enrolments, Accounts accounts, AuditTrail audit, Clock clock,
            WorkersHomeProperties properties) {
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.settings = properties.security();
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        settings.twoFactorRoles().forEach(name -> roles.add(Role.valueOf(name.strip().toUpperCase())));
        this.requiredFor = roles;
    }

    public boolean enrolled(Long accountId) {
        return enrolments.existsById(accountId);
    }

    /** Whether this user must give a code after the password. */
    public boolean required(CurrentUser user) {
        return user.roles().stream().anyMatch(requiredFor::contains) || enrolled(user.accountId());
    }

    /** A new random secret (160 bits, Base32) for an enrolment. */
    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** What the QR code carries: the {@code otpauth://} address authenticator apps understand. */
    public String otpauthUri(String secret, String username) {
        String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                + URLEncoder.encode(ISSUER, StandardCharsets.UTF_8) + "&algorithm=SHA1&digits=6&period=" + PERIOD_SECONDS;
    }

    /** Enrols the account once the user shows a code from the new secret; refused when the code does not match. */
    @Transactional
    public void enrol(CurrentUser user, String secret, String code) {
        if (enrolled(user.accountId())) {
            throw InvalidInput.field("code", "account.twoFactor.alreadyEnrolled");
        }
        long step = matchingStep(secret, code, 0).orElseThrow(() -> InvalidInput.field("code", "account.twoFactor.badCode"));
        enrolments.save(new TwoFactorEnrolment(user.accountId(), secret, step, clock.instant()));
        audit.recordAs(user.accountId(), user.getUsername(), "TWO_FACTOR_ENROL", "Account", user.accountId(),
                user.orgId(), null);
    }

    /** Checks a code of an enrolled account; each code (time step) is accepted once. Every try is audited. */
    @Transactional
    public boolean verify(CurrentUser user, String code) {
        TwoFactorEnrolment enrolment = enrolments.findById(user.accountId()).orElse(null);
        OptionalLong step = enrolment == null ? OptionalLong.empty()
                : matchingStep(enrolment.getSecret(), code, enrolment.getLastStep());
        step.ifPresent(enrolment::used);
        audit.recordAs(user.accountId(), user.getUsername(), step.isPresent() ? "LOGIN_SECOND_FACTOR" : "LOGIN_SECOND_FACTOR_FAILURE",
                "Account", user.accountId(), user.orgId(), null);
        return step.isPresent();
    }

    /** Too many wrong codes: counted like wrong passwords, so the account locks as it would. */
    @Transactional
    public void tooManyWrongCodes(CurrentUser user) {
        accounts.recordFailure(user.getUsername(), 1, clock.instant().plus(settings.lockout()));
        audit.recordAs(user.accountId(), user.getUsername(), "LOGIN_LOCKED", "Account", user.accountId(), user.orgId(),
                "second factor");
    }

    /** An account administrator removes a lost authenticator; the user enrols again at the next sign-in. */
    @Transactional
    public void reset(Long accountId) {
        enrolments.findById(accountId).ifPresent(e -> {
            enrolments.delete(e);
            audit.record("TWO_FACTOR_RESET", "Account", accountId, null, null);
        });
    }

    public int maxWrongCodes() {
        return settings.maxFailedLogins();
    }

    private OptionalLong matchingStep(String secret, String code, long after) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            if (step > after && codeAt(secret, step).equals(code.strip())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    String codeAt(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
