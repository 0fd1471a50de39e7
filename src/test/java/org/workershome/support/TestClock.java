package org.workershome.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.workershome.core.time.Times;

/** The application clock in tests: real time, moved forward on demand to watch deadlines pass. */
public class TestClock extends Clock {

    private final Clock base = Clock.system(Times.ZONE);
    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    /** Stays this clock, moved forward with it: code that asks for a zone still sees the advanced time. */
    @Override
    public Clock withZone(ZoneId zone) {
        TestClock outer = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return outer.withZone(other);
            }

            @Override
            public Instant instant() {
                return outer.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }
}
