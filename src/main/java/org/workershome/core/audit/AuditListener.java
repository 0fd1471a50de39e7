package org.workershome.core.audit;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.stereotype.Component;
import org.workershome.core.scope.ScopedEntity;

/** Every create, update and delete of a scoped record goes to the audit log, whatever module made it. */
@Component
public class AuditListener {

    private final AuditTrail trail;

    AuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @PostPersist
    void created(ScopedEntity entity) {
        record("CREATE", entity);
    }

    @PostUpdate
    void updated(ScopedEntity entity) {
        record("UPDATE", entity);
    }

    @PostRemove
    void removed(ScopedEntity entity) {
        record("DELETE", entity);
    }

    private void record(String verb, ScopedEntity entity) {
        String type = entity.getClass().getSimpleName();
        trail.record(type.toUpperCase() + "_" + verb, type, entity.getId(), entity.getOrgId(), null);
    }
}
