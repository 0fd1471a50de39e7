package org.workershome.relations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.crypto.Masks;
import org.workershome.core.org.OrgDirectory;

/**
 * Labour relations for mobile and partner clients, in the caller's scope like the pages: disputes (the worker's name
 * masked in the list, shown on the one dispute its handlers read; the ID number never), warnings, the units' risk
 * levels, and the statistics.
 */
@RestController
@RequestMapping("/api/v1/relations")
class RelationsApi {

    private final RelationsRecords records;
    private final DisputeManagement disputes;
    private final FollowUpManagement followUps;
    private final RelationsStatistics statistics;
    private final OrgDirectory orgs;
    private final Access access;

    RelationsApi(RelationsRecords records, DisputeManagement disputes, FollowUpManagement followUps,
            RelationsStatistics statistics, OrgDirectory orgs, Access access) {
        this.records = records;
        this.disputes = disputes;
        this.followUps = followUps;
        this.statistics = statistics;
        this.orgs = orgs;
        this.access = access;
    }

    record DisputeView(Long id, Long orgId, String orgName, String workerParty, String employerParty, String cause,
            String source, String status, BigDecimal amount, BigDecimal agreedAmount, String performance,
            Instant acceptedAt, Instant dueAt, Instant closedAt, String mediatorName, String appealTrackingNo,
            String agreementCode) {}

    record DisputeDetail(DisputeView dispute, String claims, String outcome, List<SessionView> sessions,
            List<FollowUpView> followUps) {}

    record SessionView(LocalDate heldOn, String place, String participants, String minutes) {}

    record FollowUpView(Long id, LocalDate dueOn, String status, String result, LocalDate visitedOn, String note) {}

    record WarningView(Long id, Long orgId, String orgName, String level, String previousLevel, int score,
            String status, Instant raisedAt, Instant dueAt, Instant acknowledgedAt, Instant planAt, Instant closedAt) {}

    record RiskView(Long orgId, String orgName, String level, int score, int screeningScore, int signalPoints,
            Instant computedAt) {}

    @GetMapping("/disputes")
    List<DisputeView> disputes(@AuthenticationPrincipal CurrentUser user) {
        records.requireDisputes(user);
        return records.disputes().stream().map(d -> view(d, Masks.name(d.getWorkerParty()))).toList();
    }

    @GetMapping("/disputes/{id}")
    DisputeDetail dispute(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        records.requireDisputes(user);
        Dispute d = disputes.get(id);
        disputes.requireMediating(user, d);
        return new DisputeDetail(view(d, d.getWorkerParty()), d.getClaims(), d.getOutcome(),
                disputes.sessionsOf(id).stream().map(s -> new SessionView(s.getHeldOn(), s.getPlace(),
                        s.getParticipants(), s.getMinutes())).toList(),
                followUps.of(id).stream().map(f -> new FollowUpView(f.getId(), f.getDueOn(), f.getStatus().name(),
                        name(f.getResult()), f.getVisitedOn(), f.getNote())).toList());
    }

    @GetMapping("/warnings")
    List<WarningView> warnings(@AuthenticationPrincipal CurrentUser user) {
        access.require(user, RelationsModule.SCREEN);
        return records.warnings().stream().map(w -> new WarningView(w.getId(), w.getOrgId(), orgs.nameOf(w.getOrgId()),
                w.getLevel().name(), name(w.getPreviousLevel()), w.getScore(), w.getStatus().name(), w.getRaisedAt(),
                w.getDueAt(), w.getAcknowledgedAt(), w.getPlanAt(), w.getClosedAt())).toList();
    }

    @GetMapping("/risks")
    List<RiskView> risks(@AuthenticationPrincipal CurrentUser user) {
        access.require(user, RelationsModule.SCREEN);
        return records.risks().stream().map(r -> new RiskView(r.getOrgId(), orgs.nameOf(r.getOrgId()),
                r.getLevel().name(), r.getScore(), r.getScreeningScore(), r.getSignalPoints(), r.getComputedAt()))
                .toList();
    }

    @GetMapping("/statistics")
    RelationsStatistics.Statistics statistics(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        records.requireReader(user);
        return statistics.of(statistics.range(from, to));
    }

    private DisputeView view(Dispute d, String worker) {
        return new DisputeView(d.getId(), d.getOrgId(), orgs.nameOf(d.getOrgId()), worker, d.getEmployerParty(),
                d.getCause().name(), d.getSource().name(), d.getStatus().name(), d.getAmount(), d.getAgreedAmount(),
                name(d.getPerformance()), d.getAcceptedAt(), d.getDueAt(), d.getClosedAt(), d.getMediatorName(),
                d.getAppealTrackingNo(), d.getAgreementCode());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
