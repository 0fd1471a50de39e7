package org.workershome.portal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;
import org.workershome.core.time.Times;

/** Times as the portal prints them (Beijing time), for templates: {@code ${@portalTime.full(a.publishedAt)}}. */
@Component("portalTime")
public class PortalTime {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Times.ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(Times.ZONE);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd").withZone(Times.ZONE);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(Times.ZONE);

    public String full(Instant t) { return t == null ? "" : FULL.format(t); }
    public String date(Instant t) { return t == null ? "" : DATE.format(t); }
    public String shortDate(Instant t) { return t == null ? "" : SHORT.format(t); }
    public String input(Instant t) { return t == null ? "" : INPUT.format(t); }
}
