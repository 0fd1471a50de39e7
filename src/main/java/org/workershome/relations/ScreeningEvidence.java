package org.workershome.relations;

import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.files.Attachment;
import org.workershome.core.files.AttachmentKind;
import org.workershome.core.files.AttachmentManagement;
import org.workershome.core.files.AttachmentTarget;
import org.workershome.core.files.UploadCheck;

/**
 * Evidence photos of a screening, through core's attachments: images only (checked by their bytes), up to 10 MB,
 * 10 with a submission. A screening is looked up through the scoped repository, so another province's photos are 404.
 */
@Service
class ScreeningEvidence {

    static final String TARGET = "relations-screening";
    static final int MAX = 10;

    private final AttachmentManagement attachments;
    private final AttachmentKind kind;

    ScreeningEvidence(AttachmentManagement attachments, RiskScreenings screenings) {
        this.attachments = attachments;
        this.kind = AttachmentKind.of(TARGET, UploadCheck.of(UploadCheck.IMAGES, UploadCheck.TEN_MB), MAX,
                id -> screenings.findById(id).map(s -> new AttachmentTarget(s.getId(), s.getOrgId(), null)));
    }

    List<UploadCheck.Upload> check(List<MultipartFile> photos) {
        List<MultipartFile> sent = photos == null ? List.of() : photos.stream().filter(p -> p != null && !p.isEmpty()).toList();
        return sent.isEmpty() ? List.of() : attachments.check(kind, sent, MAX);
    }

    @Transactional
    List<Attachment> attach(CurrentUser user, RiskScreening screening, List<UploadCheck.Upload> uploads) {
        return uploads.isEmpty() ? List.of() : attachments.attach(user, kind, screening.getId(), uploads);
    }

    @Transactional(readOnly = true)
    List<Attachment> of(RiskScreening screening) {
        return attachments.of(kind, screening.getId());
    }

    @Transactional(readOnly = true)
    ResponseEntity<Resource> download(long screeningId, long attachmentId) {
        return attachments.download(kind, screeningId, attachmentId);
    }
}
