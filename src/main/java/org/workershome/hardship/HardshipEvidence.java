package org.workershome.hardship;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.error.OutOfScope;
import org.workershome.core.files.Attachment;
import org.workershome.core.files.AttachmentKind;
import org.workershome.core.files.AttachmentManagement;
import org.workershome.core.files.AttachmentTarget;
import org.workershome.core.files.UploadCheck;

/**
 * Evidence of a file and photos of its visits, on core's one attachment mechanism: two kinds, whose lookups go
 * through the scoped repositories, so whoever sees the file (the worker included) sees both. Evidence is health
 * and income data (diagnoses, disability certificates, pay slips): both kinds are encrypted at rest.
 */
@Service
public class HardshipEvidence {

    static final String FILE = "hardship-file";
    static final String VISIT = "hardship-visit";

    private final HardshipFileAccess fileAccess;
    private final HardshipVisits visits;
    private final AttachmentManagement attachments;
    private final AttachmentKind fileKind;
    private final AttachmentKind visitKind;

    HardshipEvidence(HardshipFileAccess fileAccess, HardshipVisits visits, AttachmentManagement attachments) {
        this.fileAccess = fileAccess;
        this.visits = visits;
        this.attachments = attachments;
        UploadCheck check = UploadCheck.of(UploadCheck.IMAGES_AND_PDF, UploadCheck.TEN_MB);
        this.fileKind = AttachmentKind.of(FILE, check, 30, id -> fileAccess.find(id)
                .map(f -> new AttachmentTarget(f.getId(), f.getOrgId(), f.getMemberId()))).encryptedAtRest();
        this.visitKind = AttachmentKind.of(VISIT, check, 30, id -> visits.findById(id)
                .flatMap(v -> fileAccess.find(v.getFileId())
                        .map(f -> new AttachmentTarget(v.getId(), f.getOrgId(), f.getMemberId())))).encryptedAtRest();
    }

    /** A file's evidence and its visits' photos, the evidence first. */
    @Transactional(readOnly = true)
    public List<Evidence> attachmentsOf(HardshipFile file) {
        List<Evidence> all = new ArrayList<>();
        attachments.of(fileKind, file.getId()).forEach(a -> all.add(new Evidence(a, null)));
        for (HardshipVisit v : visits.findByFileIdOrderByVisitedOnAscIdAsc(file.getId())) {
            attachments.of(visitKind, v.getId()).forEach(a -> all.add(new Evidence(a, v.getId())));
        }
        return all;
    }

    /** The upload checked by content for what it will be attached to (400 on the field {@code file}). */
    public UploadCheck.Upload check(Long visitId, MultipartFile upload) {
        return attachments.check(visitId == null ? fileKind : visitKind, upload);
    }

    /**
     * Evidence by the worker or a handler, a visit photo by a handler only, and only while the file is active;
     * the visit must be one of the file's.
     */
    @Transactional
    public Evidence attach(CurrentUser user, Long fileId, Long visitId, UploadCheck.Upload upload) {
        HardshipFile file = fileAccess.get(fileId);
        boolean handler = fileAccess.mayHandle(user, file);
        if (!handler && !file.belongsTo(user.memberId())) {
            throw new OutOfScope();
        }
        if (!file.getStatus().isActive()) {
            throw new Conflict("hardship.error.closed");
        }
        if (visitId != null) {
            if (!handler) {
                throw new OutOfScope();
            }
            visits.findById(visitId).filter(v -> v.getFileId().equals(file.getId()))
                    .orElseThrow(() -> InvalidInput.field("visitId", "hardship.visitId.unknown"));
        }
        Attachment a = attachments.attach(user, visitId == null ? fileKind : visitKind,
                visitId == null ? file.getId() : visitId, upload);
        return new Evidence(a, visitId);
    }

    /** An attachment of a file the caller can see, evidence or a photo of one of its visits (404 otherwise). */
    @Transactional(readOnly = true)
    public ResponseEntity<Resource> download(Long fileId, Long attachmentId) {
        HardshipFile file = fileAccess.get(fileId);
        Optional<Evidence> found = attachmentsOf(file).stream()
                .filter(e -> e.attachment().getId().equals(attachmentId)).findFirst();
        Evidence e = found.orElseThrow(NotFound.of("attachment", attachmentId));
        return e.visitId() == null ? attachments.download(fileKind, file.getId(), attachmentId)
                : attachments.download(visitKind, e.visitId(), attachmentId);
    }

    /** An attachment with the visit it shows (null for evidence of the file). */
    public record Evidence(Attachment attachment, Long visitId) {
        public String kind() {
            return visitId == null ? "EVIDENCE" : "VISIT_PHOTO";
        }
        public Long getId() { return attachment.getId(); }
        public String getFileName() { return attachment.getFileName(); }
        public String getContentType() { return attachment.getContentType(); }
        public long getSizeBytes() { return attachment.getSizeBytes(); }
    }
}
