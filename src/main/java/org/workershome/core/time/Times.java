package org.workershome.core.time;

import java.time.ZoneId;

/** Zone of the union's dates and deadlines: China has one time zone. */
public final class Times {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Times() {}
}
