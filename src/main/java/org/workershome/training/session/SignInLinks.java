package org.workershome.training.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.workershome.core.crypto.FieldEncryptor;

/**
 * The short-lived signed links a QR code on the trainer's page carries: session, mode (sign in / out) and expiry,
 * signed with a key of the platform's one secret. A photo of the code passed on is useless after {@link #LIFETIME};
 * the page shows a new code before then.
 */
@Component
class SignInLinks {

    static final Duration LIFETIME = Duration.ofMinutes(2);

    enum Mode { IN, OUT }

    private final FieldEncryptor keys;
    private final Clock clock;

    SignInLinks(FieldEncryptor keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The path a code encodes now. */
    String path(long sessionId, Mode mode) {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        return "/training/sessions/" + sessionId + "/check?mode=" + mode + "&exp=" + expires + "&sig="
                + signature(sessionId, mode, expires);
    }

    /** Whether a link is genuine and not expired. */
    boolean valid(long sessionId, Mode mode, long expires, String signature) {
        if (signature == null || Instant.ofEpochSecond(expires).isBefore(clock.instant())) {
            return false;
        }
        return MessageDigest.isEqual(signature(sessionId, mode, expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(long sessionId, Mode mode, long expires) {
        return keys.blindIndex("training-session-link|" + sessionId + "|" + mode + "|" + expires).substring(0, 32);
    }
}
