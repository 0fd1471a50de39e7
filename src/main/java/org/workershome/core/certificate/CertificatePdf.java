package org.workershome.core.certificate;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.pdf.ChinesePdf;
import org.workershome.core.time.Times;

/**
 * A certificate as a one-page A4 landscape PDF: the title, the holder, the issuing org and date, the code and a QR
 * code of the public verification page, drawn with {@link ChinesePdf} (the Chinese font embedded, text extractable).
 */
@Component
class CertificatePdf {

    static final List<Path> FONT_CANDIDATES = ChinesePdf.FONT_CANDIDATES;

    private final OrgDirectory orgs;
    private final MessageSource messages;

    CertificatePdf(OrgDirectory orgs, MessageSource messages) {
        this.orgs = orgs;
        this.messages = messages;
    }

    byte[] render(Certificate certificate, String verifyUrl, Locale locale) {
        try (ChinesePdf pdf = ChinesePdf.create(ChinesePdf.A4_LANDSCAPE, 40)) {
            pdf.frame(30, 30, pdf.width() - 60, pdf.height() - 60, 3);
            pdf.centred(text("certificate.pdf.heading", locale), 40, 470);
            pdf.centred(certificate.getHolderName(), 28, 390);
            pdf.centred(certificate.getTitle(), 18, 330);
            pdf.centred(orgs.nameOf(certificate.getOrgId()), 14, 200);
            pdf.centred(DateTimeFormatter.ISO_LOCAL_DATE.withZone(Times.ZONE).format(certificate.getIssuedAt()), 14, 178);
            pdf.text(text("certificate.pdf.code", locale) + " " + certificate.getCode(), 10, 60, 60);
            pdf.text(verifyUrl, 10, 60, 46);
            pdf.qr(verifyUrl, pdf.width() - 150, 50, 100);
            return pdf.toBytes();
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
