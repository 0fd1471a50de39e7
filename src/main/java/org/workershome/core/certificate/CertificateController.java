package org.workershome.core.certificate;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.NotFound;
import org.workershome.core.web.PublicUrls;
import org.workershome.core.form.Forms;
import org.workershome.core.org.OrgDirectory;

/** The public verification page of a code, the holder's PDF, and revoking. */
@Controller
@RequestMapping("/certificates")
class CertificateController {

    private final Certificates certificates;
    private final CertificatePdf pdf;
    private final OrgDirectory orgs;
    private final Access access;
    private final Forms forms;
    private final WorkersHomeProperties properties;

    CertificateController(Certificates certificates, CertificatePdf pdf, OrgDirectory orgs, Access access, Forms forms,
            WorkersHomeProperties properties) {
        this.certificates = certificates;
        this.pdf = pdf;
        this.orgs = orgs;
        this.access = access;
        this.forms = forms;
        this.properties = properties;
    }

    @GetMapping("/{code}")
    String verify(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
        Certificates.Verification verification = certificates.verify(code);
        model.addAttribute("code", code);
        model.addAttribute("verdict", verification.verdict());
        model.addAttribute("certificate", verification.certificate());
        if (verification.certificate() != null) {
            Long orgId = verification.certificate().getOrgId();
            model.addAttribute("orgName", orgs.nameOf(orgId));
            model.addAttribute("mayRevoke", !verification.certificate().isRevoked()
                    && access.may(user, CertificateModule.REVOKE, orgId));
            model.addAttribute("mayDownload", user != null && certificates.visible(code).isPresent());
        }
        return "certificates/verify";
    }

    /** The PDF, for its holder and the cadres whose scope holds the issuing org (others: 404). */
    @GetMapping("/{code}/pdf")
    ResponseEntity<byte[]> download(@PathVariable String code, Locale locale) {
        Certificate certificate = certificates.visible(code).orElseThrow(NotFound.of("certificate", code));
        byte[] body = pdf.render(certificate, verifyUrl(code), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificate-" + code + ".pdf").build().toString())
                .body(body);
    }

    @PostMapping("/{code}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
            @RequestParam(required = false) String reason, Model model) {
        return forms.submit(model, () -> {
            certificates.revoke(user, code, reason);
            return "redirect:/certificates/" + code;
        }, () -> verify(user, code, model));
    }

    /** Where the QR code points. */
    private String verifyUrl(String code) {
        return PublicUrls.of(properties, "/certificates/" + code);
    }
}
