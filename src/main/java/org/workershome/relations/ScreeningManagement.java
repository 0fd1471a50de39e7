package org.workershome.relations;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.NotFound;
import org.workershome.core.files.UploadCheck;
import org.workershome.core.idempotency.IdempotentSubmissions;

/**
 * Screening tasks filled and submitted once (a resent form replays), which assesses the unit again; and read.
 * {@link ScreeningTasks} makes them.
 */
@Service
class ScreeningManagement {

    private final RiskScreenings screenings;
    private final ScreeningEvidence evidence;
    private final RiskAssessment assessment;
    private final IdempotentSubmissions submissions;
    private final Access access;
    private final Clock clock;

    ScreeningManagement(RiskScreenings screenings, ScreeningEvidence evidence, RiskAssessment assessment,
            IdempotentSubmissions submissions, Access access, Clock clock) {
        this.screenings = screenings;
        this.evidence = evidence;
        this.assessment = assessment;
        this.submissions = submissions;
        this.access = access;
        this.clock = clock;
    }

    /** Answers and submits a task, with evidence photos (checked by content first); a resent form replays. */
    public RiskScreening submit(CurrentUser user, Long id, Map<Long, RiskScreening.Finding> findings,
            List<MultipartFile> photos, String requestToken) {
        RiskScreening visible = get(id);
        access.require(user, RelationsModule.SCREEN, visible.getOrgId());
        List<UploadCheck.Upload> uploads = evidence.check(photos);
        return submissions.submit(requestToken, "relations.screening.submit", () -> {
            RiskScreening screening = get(id);
            screening.submit(findings, user.accountId(), user.displayName(), clock.instant());
            screenings.saveAndFlush(screening);
            evidence.attach(user, screening, uploads);
            assessment.reassess(screening.getOrgId());
            return screening;
        }, RiskScreening::getId, key -> screenings.findById(Long.valueOf(key))).value();
    }

    /** A screening the caller can see; another province's is 404. */
    @Transactional(readOnly = true)
    public RiskScreening get(Long id) {
        return screenings.findById(id).orElseThrow(NotFound.of("screening", id));
    }

    @Transactional(readOnly = true)
    public List<RiskScreening> ofOrg(Long orgId) {
        return screenings.findByOrgIdOrderByCreatedAtDescIdDesc(orgId);
    }

    @Transactional(readOnly = true)
    public List<RiskScreening> openTasks() {
        return screenings.findTop50ByStatusOrderByDueAtAscIdAsc(RiskScreening.Status.OPEN);
    }

    @Transactional(readOnly = true)
    public List<RiskScreening> recentlySubmitted() {
        return screenings.findTop20ByStatusOrderBySubmittedAtDescIdDesc(RiskScreening.Status.SUBMITTED);
    }
}
