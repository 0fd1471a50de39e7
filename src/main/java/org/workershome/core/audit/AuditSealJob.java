package org.workershome.core.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Seals new audit entries every minute; ShedLock makes one node of several do it, so the chain stays one line. */
@Component
class AuditSealJob {

    private final AuditSeals seals;

    AuditSealJob(AuditSeals seals) {
        this.seals = seals;
    }

    @Scheduled(initialDelayString = "${workers-home.audit.seal-initial-delay:PT20S}",
            fixedDelayString = "${workers-home.audit.seal-interval:PT1M}")
    @SchedulerLock(name = "audit-seal", lockAtMostFor = "PT10M")
    void run() {
        seals.sealPending();
    }
}
