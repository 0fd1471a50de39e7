package org.workershome.relations;

import java.util.Locale;
import java.util.Objects;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.error.NotFound;
import org.workershome.core.web.PublicUrls;

/**
 * The agreement's PDF — for the dispute's case handlers and mediators in scope and for its worker party, each
 * download audited — and the public page that verifies a printed copy's code.
 */
@Controller
class AgreementController {

    private final DisputeManagement disputes;
    private final AgreementPdf pdf;
    private final AgreementVerification verification;
    private final AuditTrail audit;
    private final WorkersHomeProperties properties;

    AgreementController(DisputeManagement disputes, AgreementPdf pdf, AgreementVerification verification,
            AuditTrail audit, WorkersHomeProperties properties) {
        this.disputes = disputes;
        this.pdf = pdf;
        this.verification = verification;
        this.audit = audit;
        this.properties = properties;
    }

    /** Outside the scope (and for a worker not its party) the dispute does not exist: 404; no agreement: 404. */
    @GetMapping("/relations/disputes/{id}/agreement.pdf")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Locale locale) {
        Dispute dispute = disputes.get(id);
        boolean party = dispute.getWorkerMemberId() != null && Objects.equals(dispute.getWorkerMemberId(), user.memberId());
        if (!party) {
            disputes.requireMediating(user, dispute);
        }
        if (!dispute.isAgreed()) {
            throw new NotFound("agreement", id);
        }
        byte[] body = pdf.render(dispute, verifyUrl(dispute.getAgreementCode()), locale);
        audit.record("RELATIONS_AGREEMENT_DOWNLOAD", Dispute.TIMELINE, id, dispute.getOrgId(),
                dispute.getAgreementCode() + (party ? " (party)" : ""));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("agreement-" + dispute.getAgreementCode() + ".pdf").build().toString())
                .body(body);
    }

    @GetMapping("/relations/agreements/{code}")
    String verify(@PathVariable String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("agreement", verification.verify(code).orElse(null));
        return "relations/agreement-verify";
    }

    /** Where the QR code points. */
    private String verifyUrl(String code) {
        return PublicUrls.of(properties, "/relations/agreements/" + code);
    }
}
