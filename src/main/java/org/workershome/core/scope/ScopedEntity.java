package org.workershome.core.scope;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;

/**
 * A record that belongs to one org. Extending this is all a module does to get data scope:
 * <ul>
 * <li>reads: an auto-enabled Hibernate filter (also applied to load by id) keeps rows of orgs outside the
 * caller's scope out of every query; such a record "does not exist" (404);</li>
 * <li>writes: {@link ScopeGuard} refuses to insert, update or delete a record outside the scope (403);</li>
 * <li>audit: {@code core.audit.AuditListener}, a default listener of every entity ({@code META-INF/audit-listener.xml}), writes
 * every create, update and delete to the audit log.</li>
 * </ul>
 * Each subclass must also declare {@code @Filter(name = ScopedEntity.SELF_FILTER, condition = …)} saying which
 * rows a self-only account (a worker) sees, e.g. {@code "(:selfMemberId = 0 or member_id = :selfMemberId)"};
 * a test fails for an entity that does not.
 */
@MappedSuperclass
@FilterDef(name = ScopedEntity.ORG_FILTER, autoEnabled = true, applyToLoadByKey = true,
        parameters = @ParamDef(name = "scopePath", type = String.class, resolver = ScopeParameters.PathPattern.class))
@FilterDef(name = ScopedEntity.SELF_FILTER, autoEnabled = true, applyToLoadByKey = true,
        parameters = @ParamDef(name = "selfMemberId", type = Long.class, resolver = ScopeParameters.SelfMember.class))
@Filter(name = ScopedEntity.ORG_FILTER, condition = "org_id in (select scope_org.id from org scope_org where scope_org.path like :scopePath)")
@EntityListeners(ScopeGuard.class)
public abstract class ScopedEntity {

    public static final String ORG_FILTER = "orgScope";
    public static final String SELF_FILTER = "selfScope";

    @Column(name = "org_id", nullable = false)
    protected Long orgId;

    public Long getOrgId() {
        return orgId;
    }

    /** The member a self-only account must be to write this record; null when none may. */
    public Long ownerMemberId() {
        return null;
    }

    /** Identity for the audit log. */
    public abstract Object getId();
}
