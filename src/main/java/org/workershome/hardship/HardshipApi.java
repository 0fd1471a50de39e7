package org.workershome.hardship;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.error.InvalidInput;

/** The hardship files contract of mobile clients: always masked, except {@code /personal-data} (audited). */
@RestController
@RequestMapping("/api/v1/hardship-files")
class HardshipApi {

    static final String MASK = "****";

    private final HardshipManagement management;
    private final AidManagement aid;
    private final IdempotentSubmissions submissions;
    private final OrgDirectory orgDirectory;

    HardshipApi(HardshipManagement management, AidManagement aid, IdempotentSubmissions submissions,
            OrgDirectory orgDirectory) {
        this.management = management;
        this.aid = aid;
        this.submissions = submissions;
        this.orgDirectory = orgDirectory;
    }

    record PersonBody(String name, String relation, Integer age, String health, String work, BigDecimal monthlyIncome) {}

    /** {@code cause} (one) or {@code causes} (several). */
    record NewFile(Long memberId, String idNumber, String phone, Integer householdSize, BigDecimal monthlyIncomePerCapita,
            HardshipCause cause, List<HardshipCause> causes, HardshipGrade grade, String description, Boolean temporary,
            List<PersonBody> household) {

        HardshipManagement.Application toApplication() {
            List<HardshipCause> all = new ArrayList<>();
            if (cause != null) {
                all.add(cause);
            }
            if (causes != null) {
                all.addAll(causes);
            }
            List<HardshipManagement.Person> people = household == null ? List.of() : household.stream()
                    .map(p -> p == null ? null : new HardshipManagement.Person(p.name(), p.relation(), p.age(), p.health(),
                            p.work(), p.monthlyIncome())).toList();
            return new HardshipManagement.Application(memberId, idNumber, phone, householdSize, monthlyIncomePerCapita,
                    all, grade, description, Boolean.TRUE.equals(temporary), people);
        }
    }

    /** The household as found at review; {@code household} null keeps the persons, a list replaces them. */
    record HouseholdBody(Integer householdSize, BigDecimal monthlyIncomePerCapita, List<PersonBody> household) {

        HardshipManagement.ReviewUpdate toUpdate() {
            List<HardshipManagement.Person> people = household == null ? null : household.stream()
                    .map(p -> p == null ? null : new HardshipManagement.Person(p.name(), p.relation(), p.age(), p.health(),
                            p.work(), p.monthlyIncome())).toList();
            return new HardshipManagement.ReviewUpdate(householdSize, monthlyIncomePerCapita, people);
        }
    }

    record ReopenBody(Integer householdSize, BigDecimal monthlyIncomePerCapita, HardshipCause cause,
            List<HardshipCause> causes, String description, String note) {

        HardshipManagement.Reopening toReopening() {
            List<HardshipCause> all = new ArrayList<>();
            if (cause != null) {
                all.add(cause);
            }
            if (causes != null) {
                all.addAll(causes);
            }
            return new HardshipManagement.Reopening(householdSize, monthlyIncomePerCapita, all, description, note);
        }
    }

    record ActionBody(HardshipAction action, String note, HardshipGrade grade, LocalDate visitDate) {}

    record AidBody(AidType type, BigDecimal amount, String description, Long fundId, Long projectId, LocalDate date) {}

    record VisitBody(HardshipVisit.Kind kind, LocalDate date, String note) {}

    record PairingBody(Long cadreAccountId) {}

    record Step(String action, String from, String to, String by, Instant at, String note) {}

    record PersonView(String name, String relation, Integer age, String health, String work, String monthlyIncome) {}

    record VisitView(Long id, String kind, LocalDate date, String visitor, String note) {}

    record AidView(Long id, String type, BigDecimal amount, String amountText, String description, Long fundId,
            Long projectId, LocalDate date, String handler, boolean reversed, String reversalReason) {
        static AidView of(Aid a) {
            return new AidView(a.getId(), a.getType().name(), a.getAmount(), a.getAmountText(), a.getDescription(),
                    a.getFundId(), a.getProjectId(), a.getAidDate(), a.getHandlerName(), a.isReversed(),
                    a.getReversalReason());
        }
    }

    record PairingView(Long id, Long cadreAccountId, String cadre, LocalDate startedOn, LocalDate endedOn) {}

    record AttachmentView(Long id, String kind, Long visitId, String fileName, String contentType, long size) {}

    record FileView(Long id, String fileNo, String status, boolean temporary, Long orgId, String orgName, Long memberId,
            String memberName, String idNumber, String phone, int householdSize, String monthlyIncomePerCapita,
            BigDecimal povertyLine, boolean belowPovertyLine, List<String> causes, String grade, String description,
            List<PersonView> household, Instant appliedAt, Instant noticeStartedAt, Instant noticeEndsAt,
            Instant approvedAt, Instant lastReviewedAt, Instant reviewDueAt, Instant reviewStartedAt, Instant closedAt,
            String closeReason, Long previousFileId, long objections, List<String> allowedActions, List<Step> timeline, List<VisitView> visits, List<AidView> aid,
            List<PairingView> pairings, List<AttachmentView> attachments) {}

    record FileRow(Long id, String fileNo, String status, Long orgId, String orgName, String memberName,
            String idNumber, String grade, List<String> causes, Instant appliedAt) {}

    @PostMapping
    ResponseEntity<FileView> apply(@AuthenticationPrincipal CurrentUser user,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody NewFile body) {
        var submission = submissions.submit(key, "hardship.apply",
                () -> view(management.apply(user, body.toApplication()), user), FileView::id,
                id -> Optional.of(view(management.get(Long.valueOf(id)), user)));
        FileView view = submission.value();
        return submission.replayed() ? ResponseEntity.ok(view)
                : ResponseEntity.created(URI.create("/api/v1/hardship-files/" + view.id())).body(view);
    }

    /** Files in scope; {@code query=never-assisted} or {@code review-due} answer the cadres' questions. */
    @GetMapping
    List<FileRow> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) HardshipStatus status,
            @RequestParam(required = false) String query) {
        List<HardshipFile> list = switch (query == null ? "" : query) {
            case "never-assisted" -> user.hasPermission(HardshipModule.HANDLE) ? aid.neverAssisted() : List.of();
            case "review-due" -> user.hasPermission(HardshipModule.HANDLE) ? aid.dueForReview() : List.of();
            // without the handle permission: only the worker's own files, as on the page
            case "" -> user.hasPermission(HardshipModule.HANDLE) ? management.list(status, 500)
                    : management.filesOf(user.memberId()).stream().filter(f -> status == null || f.getStatus() == status)
                            .toList();
            default -> throw InvalidInput.field("query", "hardship.query.unknown");
        };
        var names = management.memberNames(list);
        return list.stream().map(f -> new FileRow(f.getId(), f.getFileNo(), f.getStatus().name(), f.getOrgId(),
                orgDirectory.nameOf(f.getOrgId()), names.get(f.getMemberId()), f.getIdNumberMasked(),
                f.getGrade() == null ? null : f.getGrade().name(), f.getCauses().stream().map(Enum::name).toList(),
                f.getAppliedAt())).toList();
    }

    @GetMapping("/{id}")
    FileView get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return view(management.get(id), user);
    }

    @GetMapping("/{id}/personal-data")
    HardshipManagement.PersonalData personalData(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return management.revealPersonalData(user, id);
    }

    @PostMapping("/{id}/actions")
    FileView act(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestBody ActionBody body) {
        HardshipFile file = management.act(user, id,
                new HardshipManagement.ActionRequest(body.action(), body.note(), body.grade(), body.visitDate()));
        return view(file, user);
    }

    /** At review: household size, income per person and persons as found (encrypted, audited); 409 unless under review. */
    @PutMapping("/{id}/household")
    FileView updateHousehold(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody HouseholdBody body) {
        return view(management.updateAtReview(user, id, body.toUpdate()), user);
    }

    /** A family that left hardship is in hardship again: a new file (201) pointing to this one; 409 unless EXITED. */
    @PostMapping("/{id}/reopen")
    ResponseEntity<FileView> reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody ReopenBody body) {
        var submission = submissions.submit(key, "hardship.reopen",
                () -> view(management.reopen(user, id, body.toReopening()), user), FileView::id,
                newId -> Optional.of(view(management.get(Long.valueOf(newId)), user)));
        FileView view = submission.value();
        return submission.replayed() ? ResponseEntity.ok(view)
                : ResponseEntity.created(URI.create("/api/v1/hardship-files/" + view.id())).body(view);
    }

    @PostMapping("/{id}/aid")
    ResponseEntity<AidView> giveAid(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody AidBody body) {
        var request = new AidManagement.AidRequest(body.type(), body.amount(), body.description(), body.fundId(),
                body.projectId(), body.date());
        var submission = submissions.submit(key, "hardship.aid", () -> AidView.of(aid.giveAid(user, id, request)),
                AidView::id, aidId -> aid.aidOf(management.get(id)).stream()
                        .filter(a -> a.getId().equals(Long.valueOf(aidId))).findFirst().map(AidView::of));
        return submission.replayed() ? ResponseEntity.ok(submission.value())
                : ResponseEntity.status(201).body(submission.value());
    }

    @PostMapping("/{id}/visits")
    ResponseEntity<VisitView> visit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody VisitBody body) {
        HardshipVisit v = management.recordVisit(user, id, body.kind(), body.date(), body.note());
        return ResponseEntity.status(201).body(new VisitView(v.getId(), v.getKind().name(), v.getVisitedOn(),
                v.getVisitorName(), v.getNote()));
    }

    @PostMapping("/{id}/pairings")
    ResponseEntity<PairingView> pair(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody(required = false) PairingBody body) {
        Pairing p = management.pair(user, id, body == null ? null : body.cadreAccountId());
        return ResponseEntity.status(201).body(new PairingView(p.getId(), p.getCadreAccountId(), p.getCadreName(),
                p.getStartedOn(), p.getEndedOn()));
    }

    @PostMapping("/{id}/attachments")
    ResponseEntity<AttachmentView> attach(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam("file") MultipartFile file, @RequestParam(required = false) Long visitId) {
        HardshipAttachment a = management.attach(user, id, visitId, HardshipManagement.CHECK.check(file));
        return ResponseEntity.status(201).body(attachmentView(a));
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> download(@PathVariable Long id, @PathVariable Long attachmentId) {
        return response(management.download(id, attachmentId));
    }

    static ResponseEntity<Resource> response(HardshipManagement.Download d) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.attachment().getContentType()))
                .contentLength(d.attachment().getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.attachment().getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(new InputStreamResource(d.content()));
    }

    private static AttachmentView attachmentView(HardshipAttachment a) {
        return new AttachmentView(a.getId(), a.getKind().name(), a.getVisitId(), a.getFileName(), a.getContentType(),
                a.getSizeBytes());
    }

    FileView view(HardshipFile f, CurrentUser user) {
        boolean handler = management.mayHandle(user, f);
        List<Step> steps = management.timelineOf(f).stream().map(e -> new Step(e.getAction(), e.getFromState(),
                e.getToState(), e.getActorName(), e.getOccurredAt(),
                !handler && HardshipAction.OBJECT.name().equals(e.getAction()) ? null : e.getNote())).toList();
        List<PersonView> people = management.householdOf(f).stream().map(h -> new PersonView(h.getNameMasked(),
                h.getRelation(), h.getAge(), MASK, h.getWork(), MASK)).toList();
        List<VisitView> visits = management.visitsOf(f).stream().map(v -> new VisitView(v.getId(), v.getKind().name(),
                v.getVisitedOn(), v.getVisitorName(), v.getNote())).toList();
        List<PairingView> pairings = management.pairingsOf(f).stream().map(p -> new PairingView(p.getId(),
                p.getCadreAccountId(), p.getCadreName(), p.getStartedOn(), p.getEndedOn())).toList();
        return new FileView(f.getId(), f.getFileNo(), f.getStatus().name(), f.isTemporary(), f.getOrgId(),
                orgDirectory.nameOf(f.getOrgId()), f.getMemberId(), management.memberName(f), f.getIdNumberMasked(),
                f.getPhoneMasked(), f.getHouseholdSize(), MASK, management.povertyLineFor(f.getOrgId()).getMonthlyLine(),
                f.isBelowPovertyLine(), f.getCauses().stream().map(Enum::name).toList(),
                f.getGrade() == null ? null : f.getGrade().name(), MASK, people, f.getAppliedAt(),
                f.getNoticeStartedAt(), f.getNoticeEndsAt(), f.getApprovedAt(), f.getLastReviewedAt(),
                management.reviewDueAt(f), f.getReviewStartedAt(), f.getClosedAt(), f.getCloseReason(),
                f.getPreviousFileId(), management.objectionsOf(user, f).size(),
                management.allowedActions(user, f).stream().map(Enum::name).toList(), steps, visits,
                aid.aidOf(f).stream().map(AidView::of).toList(), pairings,
                management.attachmentsOf(f).stream().map(HardshipApi::attachmentView).toList());
    }
}
