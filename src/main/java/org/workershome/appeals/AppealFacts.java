package org.workershome.appeals;

/**
 * What an appeal event says about its appeal, taken when it happened: enough to notify without reading the appeal
 * again — a listener re-run at the next start has no user to read it as. {@code workerAccountId} is null for an
 * appeal recorded for someone without an account.
 */
public record AppealFacts(Long id, String trackingNo, String title, Long orgId, boolean anonymous,
        Long workerAccountId, AppealStatus status) {

    static AppealFacts of(Appeal appeal) {
        Long worker = appeal.getMemberId() == null ? null : appeal.getSubmittedByAccountId();
        return new AppealFacts(appeal.getId(), appeal.getTrackingNo(), appeal.getTitle(), appeal.getOrgId(),
                appeal.isAnonymous(), worker, appeal.getStatus());
    }
}
