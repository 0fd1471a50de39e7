package org.workershome.congress.motion;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.idempotency.IdempotentSubmissions;

/** Motions: submit (idempotent), co-sign, the committee's and handler's steps, the public list. */
@RestController
@RequestMapping("/api/v1/motions")
class MotionApi {

    private final MotionManagement motions;
    private final IdempotentSubmissions submissions;

    MotionApi(MotionManagement motions, IdempotentSubmissions submissions) {
        this.motions = motions;
        this.submissions = submissions;
    }

    record NewMotion(Long sessionId, String title, String reason, String proposal) {}

    record ActionBody(MotionAction action, String note, Long handlerOrgId, LocalDate dueOn, Satisfaction satisfaction) {}

    record Step(String action, String from, String to, String by, Instant at, String note) {}

    record MotionView(Long id, Long sessionId, String status, String title, String reason, String proposal,
            String proposer, List<String> cosigners, String decisionNote, Long handlerOrgId, LocalDate dueOn,
            String reply, String satisfaction, Instant submittedAt, List<Step> timeline) {}

    @PostMapping
    ResponseEntity<MotionView> submit(@AuthenticationPrincipal CurrentUser user,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody NewMotion body) {
        var draft = new MotionManagement.MotionDraft(body.sessionId(), body.title(), body.reason(), body.proposal());
        var submission = submissions.submit(key, "motion.submit", () -> view(motions.submit(user, draft)),
                MotionView::id, id -> Optional.of(view(motions.get(user, Long.valueOf(id)))));
        return submission.replayed() ? ResponseEntity.ok(submission.value())
                : ResponseEntity.created(URI.create("/api/v1/motions/" + submission.value().id())).body(submission.value());
    }

    @GetMapping
    List<MotionView> list() {
        return motions.list().stream().map(m -> view(m)).toList();
    }

    @GetMapping("/{id}")
    MotionView get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return view(motions.get(user, id));
    }

    @PostMapping("/{id}/cosign")
    MotionView cosign(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return view(motions.cosign(user, id));
    }

    @PostMapping("/{id}/actions")
    MotionView act(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestBody ActionBody body) {
        return view(motions.act(user, id, new MotionManagement.ActionRequest(body.action(), body.note(),
                body.handlerOrgId(), body.dueOn(), body.satisfaction())));
    }

    private MotionView view(Motion m) {
        List<Step> steps = motions.timelineOf(m).stream().map(e -> new Step(e.getAction(), e.getFromState(),
                e.getToState(), e.getActorName(), e.getOccurredAt(), e.getNote())).toList();
        return new MotionView(m.getId(), m.getSessionId(), m.getStatus().name(), m.getTitle(), m.getReason(),
                m.getProposal(), m.getProposerName(),
                motions.cosignersOf(m).stream().map(MotionCosigner::getMemberName).toList(), m.getDecisionNote(),
                m.getHandlerOrgId(), m.getDueOn(), m.getReply(),
                m.getSatisfaction() == null ? null : m.getSatisfaction().name(), m.getSubmittedAt(), steps);
    }
}
