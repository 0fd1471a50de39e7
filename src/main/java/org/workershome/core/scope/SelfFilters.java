package org.workershome.core.scope;

/**
 * Conditions for an entity's {@link ScopedEntity#SELF_FILTER} beyond "one's own records": what a worker (self-only
 * scope) may read of what his union and the unions above it publish — a congress notice, a course, a studio. Written
 * once, so every module means the same by "the workers below". Columns in the sub-selects are qualified (Hibernate
 * prefixes the unqualified {@code org_id} and {@code member_id} with the entity's alias); {@code :selfMemberId} is 0
 * for accounts with a wider scope, which the org filter limits instead.
 */
public final class SelfFilters {

    /** The signed-in member's org lies in the subtree of the record's org ({@code org_id}). */
    public static final String MEMBER_BELOW_ORG = "(select sf_mo.path from org sf_mo where sf_mo.id = "
            + "(select sf_m.org_id from member sf_m where sf_m.id = :selfMemberId)) "
            + "like concat((select sf_o.path from org sf_o where sf_o.id = org_id), '%')";

    /** Records of the member's own union and of every union above it. */
    public static final String UNIT_WORKERS = "(:selfMemberId = 0 or " + MEMBER_BELOW_ORG + ")";

    /** One's own records (column {@code member_id}). */
    public static final String OWN = "(:selfMemberId = 0 or member_id = :selfMemberId)";

    /** One's own records, and every record of the unions above one's own. */
    public static final String OWN_OR_UNIT = "(:selfMemberId = 0 or member_id = :selfMemberId or " + MEMBER_BELOW_ORG + ")";

    private SelfFilters() {}
}
