package org.workershome.congress;

/**
 * Filter conditions for congress records that the workers of a unit may read although they only have a
 * self-only data scope: a record of org X is visible to a member whose own org lies in X's subtree (a notice of
 * the forest farm to its workers, a consultation of the provincial union to every worker below it). The
 * condition is the {@code selfScope} filter of those entities, so it is applied to every query and load by id,
 * like the rest of the data scope. Columns inside the sub-selects are qualified (Hibernate prefixes the
 * unqualified {@code org_id} with the entity's alias).
 */
public final class Audience {

    public static final String UNIT_WORKERS = "(:selfMemberId = 0 or "
            + "(select aud_mo.path from org aud_mo where aud_mo.id = "
            + "(select aud_m.org_id from member aud_m where aud_m.id = :selfMemberId)) "
            + "like concat((select aud_o.path from org aud_o where aud_o.id = org_id), '%'))";

    public static final String OWN = "(:selfMemberId = 0 or member_id = :selfMemberId)";

    private Audience() {}
}
