package org.workershome.relations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.workershome.core.db.OneByOne;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every few minutes: makes this period's screening tasks, assesses again every unit with recent appeal signals or
 * a risk (so that signals both raise and, when they age out of the window, lower a level), and escalates warnings
 * past their deadline. Appeal signals are written by whoever submitted the appeals — a worker, who may not write a
 * unit's warning — so their effect on levels comes with this pass. Each unit in its own transaction; ShedLock makes
 * one node of several do it.
 */
@Component
class RiskJob {

    private static final Logger log = LoggerFactory.getLogger(RiskJob.class);

    private final ScreeningTasks screenings;
    private final RiskAssessment assessment;
    private final WarningManagement warnings;
    private final AppealSignals signals;
    private final OrgRisks risks;
    private final RiskRules rules;
    private final Clock clock;

    RiskJob(ScreeningTasks screenings, RiskAssessment assessment, WarningManagement warnings,
            AppealSignals signals, OrgRisks risks, RiskRules rules, Clock clock) {
        this.screenings = screenings;
        this.assessment = assessment;
        this.warnings = warnings;
        this.signals = signals;
        this.risks = risks;
        this.rules = rules;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${workers-home.relations.check-initial-delay:PT30S}",
            fixedDelayString = "${workers-home.relations.check-interval:PT2M}")
    @SchedulerLock(name = "relations-risk", lockAtMostFor = "PT10M")
    void run() {
        Scopes.asSystem(this::checkAll);
    }

    /** One pass; also called by tests after moving the clock. */
    void checkAll() {
        int tasks = screenings.scheduleDue();
        int window = rules.rules().stream().mapToInt(RiskScoring.Rule::windowDays).max().orElse(0);
        Set<Long> orgs = new LinkedHashSet<>(signals.orgsWithSignalsAfter(
                LocalDate.now(clock.withZone(Times.ZONE)).minusDays(Math.max(window, 1))));
        risks.findAllByOrderByOrgId().forEach(r -> orgs.add(r.getOrgId()));
        int assessed = OneByOne.each("Labour relations: org", List.copyOf(orgs), assessment::reassess);
        int escalated = OneByOne.each("Labour relations: warning", warnings.overdueIds(), warnings::escalateIfOverdue);
        if (tasks + escalated > 0) {
            log.info("Labour relations: {} screening tasks made, {} units assessed, {} warnings escalated", tasks,
                    assessed, escalated);
        }
    }
}
