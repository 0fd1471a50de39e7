package org.workershome.core.time;

import java.time.ZoneId;

/** Zone of the union's dates and deadlines: China has one time zone. */
public final class Times {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The default language: pages, stored texts and mails are Chinese unless a reader chose English. */
    public static final java.util.Locale CHINESE = java.util.Locale.SIMPLIFIED_CHINESE;

    private Times() {}
}
