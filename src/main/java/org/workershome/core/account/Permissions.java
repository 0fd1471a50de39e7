package org.workershome.core.account;

/**
 * Core's permission strings, {@code module:resource:action} as in RuoYi; which roles hold them, core's manifest says
 * ({@code core.web.CoreModule}). Each feature module keeps its own next to its manifest.
 */
@org.springframework.modulith.NamedInterface("account")
public final class Permissions {

    public static final String ORG_READ = "core:org:read";
    public static final String ORG_WRITE = "core:org:write";
    public static final String MEMBER_READ = "core:member:read";
    public static final String MEMBER_WRITE = "core:member:write";
    /** See ID numbers and phones in full (each view is audited). */
    public static final String MEMBER_PERSONAL = "core:member:personal";
    public static final String ACCOUNT_ADMIN = "core:account:admin";
    public static final String AUDIT_READ = "core:audit:read";
    public static final String CALENDAR_WRITE = "core:calendar:write";
    public static final String OPS_READ = "core:ops:read";

    private Permissions() {}
}
