package org.workershome.appeals;

import java.time.Instant;

/**
 * What an appeal event says about its appeal, taken when it happened: enough to notify without reading the appeal
 * again — a listener re-run at the next start has no user to read it as. {@code workerAccountId} is null for an
 * appeal recorded for someone without an account.
 */
@org.springframework.modulith.NamedInterface("events")
public record AppealFacts(Long id, String trackingNo, String title, Long orgId, String category, boolean anonymous,
        Long workerAccountId, AppealStatus status, Instant submittedAt) {

    static AppealFacts of(Appeal appeal) {
        Long worker = appeal.getMemberId() == null ? null : appeal.getSubmittedByAccountId();
        return new AppealFacts(appeal.getId(), appeal.getTrackingNo(), appeal.getTitle(), appeal.getOrgId(),
                appeal.getCategory(), appeal.isAnonymous(), worker, appeal.getStatus(), appeal.getSubmittedAt());
    }
}
