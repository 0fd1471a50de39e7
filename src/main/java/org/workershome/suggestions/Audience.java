package org.workershome.suggestions;

/**
 * Filter conditions for the module's records that workers (self-only scope) may read: a record of org X is visible to
 * a member whose own org lies in X's subtree. Columns in the sub-selects are qualified (Hibernate prefixes the
 * unqualified {@code org_id} with the entity's alias).
 */
public final class Audience {

    /** The signed-in member's org lies in the subtree of the record's org. */
    public static final String BELOW_ORG = "(select sa_mo.path from org sa_mo where sa_mo.id = "
            + "(select sa_m.org_id from member sa_m where sa_m.id = :selfMemberId)) "
            + "like concat((select sa_o.path from org sa_o where sa_o.id = org_id), '%')";

    /** Every record of the unions above the member's own. */
    public static final String UNIT_WORKERS = "(:selfMemberId = 0 or " + BELOW_ORG + ")";

    /** One's own records (column {@code member_id}), and every record of the unions above one's own. */
    public static final String OWN_OR_UNIT = "(:selfMemberId = 0 or member_id = :selfMemberId or " + BELOW_ORG + ")";

    private Audience() {}
}
