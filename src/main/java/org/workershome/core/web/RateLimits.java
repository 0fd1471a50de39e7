package org.workershome.core.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Fixed-window counters against guessing: sign-ins per client address, tries per tracked appeal. Kept per node in
 * memory (n nodes allow n times the rate, which still leaves guessing a password or an 11-digit phone hopeless);
 * a window is forgotten an hour after it began at the latest.
 */
@Component
@org.springframework.modulith.NamedInterface("rate-limits")
public class RateLimits {

    /** At most {@code count} in each {@code per}. */
    public record Limit(int count, Duration per) {
        public Limit {
            if (count < 1 || per.isNegative() || per.isZero() || per.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException("a limit is at least 1 per a positive duration up to an hour");
            }
        }
    }

    private static final class Window {
        private final Instant start;
        private int used;

        private Window(Instant start) {
            this.start = start;
        }
    }

    private final Cache<String, Window> windows = Caffeine.newBuilder().maximumSize(200_000)
            .expireAfterWrite(Duration.ofHours(1)).build();
    private final Clock clock;

    RateLimits(Clock clock) {
        this.clock = clock;
    }

    /** Counts one use of {@code key} in {@code bucket}; false (and not counted) once the window's limit is spent. */
    public boolean tryUse(String bucket, String key, Limit limit) {
        Instant now = clock.instant();
        String id = bucket + '\u0000' + key;
        Window window = windows.asMap().compute(id, (k, w) ->
                w == null || !now.isBefore(w.start.plus(limit.per())) ? new Window(now) : w);
        synchronized (window) {
            if (window.used >= limit.count()) {
                return false;
            }
            window.used++;
            return true;
        }
    }
}
