package org.workershome.homes;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.NotFound;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.scope.DataScope;
import org.workershome.core.workflow.Timeline;
import org.workershome.core.workflow.TimelineEntry;

/**
 * The annual evaluation: the home's managers open it for a year with criteria, score it and submit it; a manager
 * of the level above — one whose scope covers the parent org, so never a cadre of the home's own union — approves
 * it, which fixes the stars on the home, or returns it with a reason to be corrected and submitted again. A home of
 * the national union has no level above; an administrator of scope ALL decides it.
 */
@Service
class EvaluationManagement {

    private final Evaluations evaluations;
    private final CriteriaManagement criteria;
    private final HomeManagement homes;
    private final OrgDirectory orgs;
    private final IdempotentSubmissions submissions;
    private final Timeline timeline;
    private final Access access;
    private final Clock clock;

    EvaluationManagement(Evaluations evaluations, CriteriaManagement criteria, HomeManagement homes, OrgDirectory orgs,
            IdempotentSubmissions submissions, Timeline timeline, Access access, Clock clock) {
        this.evaluations = evaluations;
        this.criteria = criteria;
        this.homes = homes;
        this.orgs = orgs;
        this.submissions = submissions;
        this.timeline = timeline;
        this.access = access;
        this.clock = clock;
    }

    public Evaluation open(CurrentUser user, Long homeId, int year, String requestToken) {
        WorkersHome home = homes.managed(user, homeId);
        return submissions.submit(requestToken, "homes.evaluation.open", () -> {
            if (evaluations.findByHomeIdAndYear(homeId, year).isPresent()) {
                throw new Conflict("homes.evaluation.exists", String.valueOf(year));
            }
            Evaluation evaluation = evaluations.save(new Evaluation(home, year, criteria.of(year), clock.instant()));
            timeline.record(Evaluation.TIMELINE, evaluation.getId(), evaluation.getOrgId(), Evaluation.Action.OPEN,
                    null, evaluation.getStatus(), null);
            return evaluation;
        }, Evaluation::getId, id -> evaluations.findById(Long.valueOf(id))).value();
    }

    @Transactional
    public Evaluation score(CurrentUser user, Long id, Map<Long, Integer> points, Map<Long, String> remarks) {
        return score(user, id, points, remarks, false);
    }

    /** Saves the points and, when asked, submits them in the same transaction: refused, nothing is saved. */
    @Transactional
    public Evaluation score(CurrentUser user, Long id, Map<Long, Integer> points, Map<Long, String> remarks,
            boolean thenSubmit) {
        Evaluation evaluation = get(id);
        access.require(user, HomesModule.MANAGE, evaluation.getOrgId());
        evaluation.score(criteria.byId(evaluation.getYear()), points, remarks);
        return thenSubmit ? submit(user, id) : evaluation;
    }

    @Transactional
    public Evaluation submit(CurrentUser user, Long id) {
        Evaluation evaluation = get(id);
        access.require(user, HomesModule.MANAGE, evaluation.getOrgId());
        Evaluation.Status from = evaluation.submit(clock.instant());
        timeline.record(Evaluation.TIMELINE, id, evaluation.getOrgId(), Evaluation.Action.SUBMIT, from,
                evaluation.getStatus(), null);
        return evaluation;
    }

    @Transactional
    public Evaluation approve(CurrentUser user, Long id) {
        Evaluation evaluation = get(id);
        requireLevelAbove(user, evaluation);
        Evaluation.Status from = evaluation.approve(criteria.byId(evaluation.getYear()), user.displayName(),
                clock.instant());
        homes.get(evaluation.getHomeId()).rate(evaluation.getStars(), evaluation.getYear());
        timeline.record(Evaluation.TIMELINE, id, evaluation.getOrgId(), Evaluation.Action.APPROVE, from,
                evaluation.getStatus(), evaluation.getWeightedScore() + " / " + evaluation.getStars() + "★");
        return evaluation;
    }

    @Transactional
    public Evaluation giveBack(CurrentUser user, Long id, String reason) {
        Evaluation evaluation = get(id);
        requireLevelAbove(user, evaluation);
        Evaluation.Status from = evaluation.giveBack(reason, user.displayName(), clock.instant());
        timeline.record(Evaluation.TIMELINE, id, evaluation.getOrgId(), Evaluation.Action.RETURN, from,
                evaluation.getStatus(), evaluation.getReturnReason());
        return evaluation;
    }

    /** Whether the user decides the evaluation: a manager whose scope covers the home's parent org. */
    boolean decides(CurrentUser user, Evaluation evaluation) {
        return orgs.parentOf(evaluation.getOrgId())
                .map(parent -> access.may(user, HomesModule.MANAGE, parent.id()))
                .orElse(access.may(user, HomesModule.MANAGE) && user.dataScope() == DataScope.ALL);
    }

    private void requireLevelAbove(CurrentUser user, Evaluation evaluation) {
        access.require(user, HomesModule.MANAGE);
        if (!decides(user, evaluation)) {
            throw new BusinessException(HttpStatus.FORBIDDEN, "homes.evaluation.levelAboveOnly");
        }
    }

    @Transactional(readOnly = true)
    public Evaluation get(Long id) {
        return evaluations.findById(id).orElseThrow(NotFound.of("evaluation", id));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Evaluation> of(Long homeId, int year) {
        return evaluations.findByHomeIdAndYear(homeId, year);
    }

    @Transactional(readOnly = true)
    public List<Evaluation> ofYear(int year) {
        return evaluations.findByYearOrderByStatusAscIdAsc(year);
    }

    @Transactional(readOnly = true)
    public List<Evaluation> ofHome(Long homeId) {
        return evaluations.findByHomeIdOrderByYearDesc(homeId);
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timelineOf(Long id) {
        return timeline.of(Evaluation.TIMELINE, id);
    }
}
