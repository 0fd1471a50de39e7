package org.workershome.relations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.time.Times;

/**
 * Assesses a unit again — after a screening is submitted, and in each risk pass for the appeal signals — and raises
 * a warning when its level rises. A level that falls raises nothing: the open warning is still answered.
 */
@Service
class RiskAssessment {

    private final RiskScreenings screenings;
    private final AppealSignals signals;
    private final RiskRules rules;
    private final OrgRisks risks;
    private final WarningManagement warnings;
    private final Clock clock;

    RiskAssessment(RiskScreenings screenings, AppealSignals signals, RiskRules rules, OrgRisks risks,
            WarningManagement warnings, Clock clock) {
        this.screenings = screenings;
        this.signals = signals;
        this.rules = rules;
        this.risks = risks;
        this.warnings = warnings;
        this.clock = clock;
    }

    @Transactional
    public OrgRisk reassess(Long orgId) {
        var latest = screenings.findFirstByOrgIdAndStatusOrderBySubmittedAtDescIdDesc(orgId, RiskScreening.Status.SUBMITTED);
        List<RiskScoring.Rule> active = rules.rules();
        int window = active.stream().mapToInt(RiskScoring.Rule::windowDays).max().orElse(0);
        LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
        List<AppealSignal> recent = window == 0 ? List.of() : signals.findByOrgIdAndDayAfter(orgId, today.minusDays(window));
        RiskScoring.AppealCounts counts = (category, days) -> recent.stream()
                .filter(s -> s.getDay().isAfter(today.minusDays(days)))
                .filter(s -> category == null || category.equals(s.getCategory()))
                .mapToLong(AppealSignal::getAppeals).sum();
        var assessment = RiskScoring.assess(latest.map(RiskScreening::getScore).orElse(null), counts, active,
                rules.thresholds());
        OrgRisk risk = risks.findByOrgId(orgId).orElseGet(() -> new OrgRisk(orgId));
        RiskLevel before = risk.update(latest.map(RiskScreening::getId).orElse(null), assessment, clock.instant());
        risks.save(risk);
        if (assessment.level().isAbove(before)) {
            warnings.raise(orgId, assessment.level(), before, assessment.score());
        }
        return risk;
    }
}
