package org.workershome.core.account;

/** Permission strings, {@code module:resource:action} as in RuoYi; granted through {@link Role}s. */
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

    /** Accept, transfer, work on and answer appeals in one's scope. */
    public static final String APPEAL_HANDLE = "appeals:appeal:handle";
    /** Edit appeal categories and their deadlines. */
    public static final String APPEAL_ADMIN = "appeals:category:admin";

    /** Write and revise articles, import legacy articles, approve model deeds for editing. */
    public static final String ARTICLE_WRITE = "portal:article:write";
    /** Approve, schedule, publish and withdraw articles and deeds (chief editor). */
    public static final String ARTICLE_PUBLISH = "portal:article:publish";
    /** Edit channels, topics, friendly links and the leadership list. */
    public static final String PORTAL_ADMIN = "portal:site:admin";
    /** Nominate a worker or team for a model deed. */
    public static final String DEED_NOMINATE = "portal:deed:nominate";

    /** Open, verify, notice, approve, review and close hardship files in one's scope. */
    public static final String HARDSHIP_HANDLE = "hardship:file:handle";
    /** Manage funds, allocations and projects in one's scope. */
    public static final String HARDSHIP_FUND = "hardship:fund:manage";

    /** Run congresses: terms, sessions, roster, sign-in, ballots, motions committee, open affairs, consultations. */
    public static final String CONGRESS_MANAGE = "congress:congress:manage";
    /** Answer motions assigned to one's org. */
    public static final String MOTION_HANDLE = "congress:motion:handle";

    private Permissions() {}
}
