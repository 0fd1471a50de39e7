package org.workershome.relations;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.workershome.core.crypto.Masks;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.pdf.ChinesePdf;
import org.workershome.core.time.Times;

/**
 * The mediation agreement (调解协议书) as an A4 PDF, the Chinese font embedded so that its text is extractable: the
 * parties (the worker's ID number masked, as on every copy that leaves the case file), the claims, the agreed terms
 * and amount, the mediator, the date, lines to sign, and the code with a QR code of the public verification page.
 */
@Component
class AgreementPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(Times.ZONE);

    private final OrgDirectory orgs;
    private final MessageSource messages;

    AgreementPdf(OrgDirectory orgs, MessageSource messages) {
        this.orgs = orgs;
        this.messages = messages;
    }

    byte[] render(Dispute dispute, String verifyUrl, Locale locale) {
        if (!dispute.isAgreed()) {
            throw new IllegalArgumentException("dispute " + dispute.getId() + " has no agreement");
        }
        try (ChinesePdf pdf = ChinesePdf.create(ChinesePdf.A4, 56)) {
            pdf.heading(text(locale, "relations.agreement.pdf.heading"), 22);
            pdf.paragraph(text(locale, "relations.agreement.pdf.code", dispute.getAgreementCode()), 10);
            pdf.gap(8);
            String idNumber = dispute.getWorkerIdNumber() == null ? ""
                    : text(locale, "relations.agreement.pdf.idNumber", Masks.idNumber(dispute.getWorkerIdNumber()));
            pdf.paragraph(text(locale, "relations.agreement.pdf.worker", dispute.getWorkerParty()) + idNumber, 12);
            pdf.paragraph(text(locale, "relations.agreement.pdf.employer", dispute.getEmployerParty()), 12);
            pdf.paragraph(text(locale, "relations.agreement.pdf.organisation", orgs.nameOf(dispute.getOrgId())), 12);
            pdf.paragraph(text(locale, "relations.agreement.pdf.mediator",
                    dispute.getMediatorName() == null ? "" : dispute.getMediatorName()), 12);
            pdf.gap(8);
            section(pdf, text(locale, "relations.agreement.pdf.claims",
                    text(locale, "relations.dispute.cause." + dispute.getCause())), dispute.getClaims());
            section(pdf, text(locale, "relations.agreement.pdf.terms"), dispute.getOutcome());
            if (dispute.getAgreedAmount() != null) {
                pdf.paragraph(text(locale, "relations.agreement.pdf.amount", yuan(dispute.getAgreedAmount(), locale)), 12);
            }
            pdf.paragraph(text(locale, "relations.agreement.pdf.effect"), 11);
            pdf.gap(24);
            pdf.paragraph(text(locale, "relations.agreement.pdf.signWorker"), 12);
            pdf.gap(12);
            pdf.paragraph(text(locale, "relations.agreement.pdf.signEmployer"), 12);
            pdf.gap(12);
            pdf.paragraph(text(locale, "relations.agreement.pdf.signMediator", orgs.nameOf(dispute.getOrgId())), 12);
            pdf.paragraph(DATE.format(dispute.getClosedAt()), 12);
            if (pdf.cursor() < 56 + 100) {
                pdf.newPage();
            }
            pdf.qr(verifyUrl, pdf.width() - 56 - 80, 56, 80);
            pdf.text(text(locale, "relations.agreement.pdf.verify"), 9, 56, 76);
            pdf.text(verifyUrl, 9, 56, 62);
            return pdf.toBytes();
        }
    }

    private static void section(ChinesePdf pdf, String title, String body) {
        pdf.paragraph(title, 13);
        pdf.paragraph(body, 12);
        pdf.gap(6);
    }

    private static String yuan(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.CHINA);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
