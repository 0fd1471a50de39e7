package org.workershome.core.scope;

/**
 * The data scope in force for the current request or job.
 *
 * @param pathPattern   SQL LIKE pattern over {@code org.path}: {@code %} for all (and for self-only accounts,
 *                      whose records are found by member), {@code /1/7/%} for a subtree, {@code /1/7/} for one
 *                      org, empty for nothing
 * @param selfMemberId  0 when not restricted to one member, -1 when restricted to none, else the member
 */
public record OrgScope(String pathPattern, long selfMemberId) {

    public static final OrgScope ALL = new OrgScope("%", 0);
    public static final OrgScope NONE = new OrgScope("", -1);

    public boolean includesPath(String orgPath) {
        if (pathPattern.isEmpty()) {
            return false;
        }
        if (pathPattern.endsWith("%")) {
            return orgPath.startsWith(pathPattern.substring(0, pathPattern.length() - 1));
        }
        return orgPath.equals(pathPattern);
    }

    public boolean includesMember(Long memberId) {
        return selfMemberId == 0 || (memberId != null && memberId == selfMemberId);
    }

    public boolean isAll() {
        return "%".equals(pathPattern) && selfMemberId == 0;
    }
}
