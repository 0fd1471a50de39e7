package org.workershome.hardship;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.hardship.HardshipFileViews.AidView;
import org.workershome.hardship.HardshipFileViews.AttachmentView;
import org.workershome.hardship.HardshipFileViews.PairingView;
import org.workershome.hardship.HardshipFileViews.VisitView;

/** What handlers add to a file through the API: aid, visits, pairing, evidence. */
@RestController
@RequestMapping("/api/v1/hardship-files/{id}")
class HardshipFileApi {

    private final AidManagement aid;
    private final HardshipFileManagement management;
    private final PairingManagement pairing;
    private final HardshipEvidence evidence;
    private final HardshipFileAccess fileAccess;
    private final IdempotentSubmissions submissions;

    HardshipFileApi(AidManagement aid, HardshipFileManagement management, PairingManagement pairing,
            HardshipEvidence evidence, HardshipFileAccess fileAccess, IdempotentSubmissions submissions) {
        this.aid = aid;
        this.management = management;
        this.pairing = pairing;
        this.evidence = evidence;
        this.fileAccess = fileAccess;
        this.submissions = submissions;
    }

    record AidBody(AidType type, BigDecimal amount, String description, Long fundId, Long projectId, LocalDate date) {}

    record VisitBody(HardshipVisit.Kind kind, LocalDate date, String note) {}

    record PairingBody(Long cadreAccountId) {}

    @PostMapping("/aid")
    ResponseEntity<AidView> giveAid(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody AidBody body) {
        var request = new AidManagement.AidRequest(body.type(), body.amount(), body.description(), body.fundId(),
                body.projectId(), body.date());
        var submission = submissions.submit(key, "hardship.aid", () -> AidView.of(aid.giveAid(user, id, request)),
                AidView::id, aidId -> aid.aidOf(fileAccess.get(id)).stream()
                        .filter(a -> a.getId().equals(Long.valueOf(aidId))).findFirst().map(AidView::of));
        return submission.replayed() ? ResponseEntity.ok(submission.value())
                : ResponseEntity.status(201).body(submission.value());
    }

    @PostMapping("/visits")
    ResponseEntity<VisitView> visit(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody VisitBody body) {
        HardshipVisit v = management.recordVisit(user, id, body.kind(), body.date(), body.note());
        return ResponseEntity.status(201).body(VisitView.of(v));
    }

    @PostMapping("/pairings")
    ResponseEntity<PairingView> pair(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestBody(required = false) PairingBody body) {
        Pairing p = pairing.pair(user, id, body == null ? null : body.cadreAccountId());
        return ResponseEntity.status(201).body(PairingView.of(p));
    }

    @PostMapping("/attachments")
    ResponseEntity<AttachmentView> attach(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam("file") MultipartFile file, @RequestParam(required = false) Long visitId) {
        var a = evidence.attach(user, id, visitId, evidence.check(visitId, file));
        return ResponseEntity.status(201).body(AttachmentView.of(a));
    }

    @GetMapping("/attachments/{attachmentId}")
    ResponseEntity<Resource> download(@PathVariable Long id, @PathVariable Long attachmentId) {
        return evidence.download(id, attachmentId);
    }
}
