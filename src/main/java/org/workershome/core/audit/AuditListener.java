package org.workershome.core.audit;

import org.springframework.stereotype.Component;
import org.workershome.core.scope.ScopedEntity;

/** Every create, update and delete of a scoped record goes to the audit log, whatever module made it. */
@Component
public class AuditListener {

    private final AuditTrail trail;

    AuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    // registered for every entity in META-INF/audit-listener.xml; only scoped records are audited this way
    void created(Object entity) {
        record("CREATE", entity);
    }

    void updated(Object entity) {
        record("UPDATE", entity);
    }

    void removed(Object entity) {
        record("DELETE", entity);
    }

    private void record(String verb, Object record) {
        if (!(record instanceof ScopedEntity entity)) {
            return;
        }
        String type = entity.getClass().getSimpleName();
        trail.record(type.toUpperCase() + "_" + verb, type, entity.getId(), entity.getOrgId(), null);
    }
}
