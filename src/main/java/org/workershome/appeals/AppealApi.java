package org.workershome.appeals;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.files.Attachment;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.workflow.TimelineEntry;

/** The appeals contract of mobile clients. */
@RestController
@RequestMapping("/api/v1/appeals")
class AppealApi {

    private final AppealManagement management;
    private final AppealIntake intake;
    private final OrgDirectory orgDirectory;
    private final AppealAttachmentManagement attachments;
    private final Access access;

    AppealApi(AppealManagement management, AppealIntake intake, OrgDirectory orgDirectory,
            AppealAttachmentManagement attachments, Access access) {
        this.access = access;
        this.attachments = attachments;
        this.management = management;
        this.intake = intake;
        this.orgDirectory = orgDirectory;
    }

    record NewAppeal(String category, String title, String content, Boolean anonymous, Boolean confidential,
            String contactPhone) {}

    record ActionBody(AppealAction action, String note, Long toOrgId, Integer rating) {}

    record Step(String action, String from, String to, String by, Instant at, String note) {}

    record AppealView(String trackingNo, String status, String category, String title, String content, String channel,
            boolean anonymous, boolean confidential, Long orgId, String orgName, Long escalatedTo, String escalatedToName,
            int escalationLevel, Integer rating, boolean reopened, Instant submittedAt, Instant dueAt,
            Instant repliedAt, Instant closedAt, List<String> allowedActions, List<Step> timeline,
            List<AppealAttachmentApi.AttachmentView> attachments) {}

    @PostMapping
    ResponseEntity<AppealView> submit(@AuthenticationPrincipal CurrentUser user,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody NewAppeal body) {
        var draft = new AppealSubmission.AppealDraft(body.category(), body.title(), body.content(),
                Boolean.TRUE.equals(body.anonymous()), Boolean.TRUE.equals(body.confidential()), AppealChannel.APP, null,
                null, body.contactPhone());
        var submission = intake.submit(user, draft, key);
        Appeal appeal = submission.value().appeal();
        if (submission.replayed()) {
            return ResponseEntity.ok(view(appeal, user));
        }
        // built from what was written, without reading it back; nothing can be attached yet
        AppealView view = view(appeal, user, submission.value().timeline(), List.of());
        return ResponseEntity.created(URI.create("/api/v1/appeals/" + view.trackingNo())).body(view);
    }

    @GetMapping("/{trackingNo}")
    AppealView get(@AuthenticationPrincipal CurrentUser user, @PathVariable String trackingNo) {
        return view(management.get(trackingNo), user);
    }

    @PostMapping("/{trackingNo}/actions")
    AppealView act(@AuthenticationPrincipal CurrentUser user, @PathVariable String trackingNo, @RequestBody ActionBody body) {
        Appeal appeal = management.act(user, trackingNo,
                new AppealManagement.ActionRequest(body.action(), body.note(), body.toOrgId(), body.rating()));
        return view(appeal, user);
    }

    private AppealView view(Appeal appeal, CurrentUser user) {
        return view(appeal, user, management.timelineOf(appeal), attachments.of(appeal));
    }

    private AppealView view(Appeal appeal, CurrentUser user, List<TimelineEntry> entries, List<Attachment> attached) {
        boolean hideWho = appeal.isAnonymous() && !appeal.isSubmittedBy(user.memberId());
        List<Step> steps = entries.stream().map(e -> new Step(e.getAction(), e.getFromState(), e.getToState(),
                hideWho && java.util.Objects.equals(e.getActorAccountId(), appeal.getSubmittedByAccountId()) ? null
                        : e.getActorName(), e.getOccurredAt(), e.getNote())).toList();
        List<String> allowed = AppealViews.allowedActions(appeal, user,
                access.may(user, AppealsModule.HANDLE, appeal.getOrgId())).stream().map(Enum::name).toList();
        return new AppealView(appeal.getTrackingNo(), appeal.getStatus().name(), appeal.getCategory(), appeal.getTitle(),
                appeal.getContent(), appeal.getChannel().name(), appeal.isAnonymous(), appeal.isConfidential(),
                appeal.getOrgId(), orgDirectory.nameOf(appeal.getOrgId()), appeal.getEscalatedToOrgId(),
                orgDirectory.nameOf(appeal.getEscalatedToOrgId()), appeal.getEscalationLevel(), appeal.getRating(),
                appeal.isReopened(), appeal.getSubmittedAt(), appeal.getDueAt(), appeal.getRepliedAt(),
                appeal.getClosedAt(), allowed, steps,
                attached.stream().map(AppealAttachmentApi.AttachmentView::of).toList());
    }
}
