package org.workershome.core.scope;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

import org.springframework.stereotype.Component;

/** Refuses any insert, update or delete of a {@link ScopedEntity} outside the caller's data scope. */
@Component
public class ScopeGuard {

    private final Scopes scopes;

    ScopeGuard(Scopes scopes) {
        this.scopes = scopes;
    }

    @PrePersist
    @PreUpdate
    @PreRemove
    void check(ScopedEntity entity) {
        scopes.checkWritable(entity.getOrgId(), entity.ownerMemberId());
    }
}
