package org.workershome.appeals;

import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.OutOfScope;
import org.workershome.core.files.Attachment;
import org.workershome.core.files.AttachmentKind;
import org.workershome.core.files.AttachmentManagement;
import org.workershome.core.files.AttachmentTarget;
import org.workershome.core.files.UploadCheck;

/**
 * Images and PDFs attached to appeals, through core's {@link AttachmentManagement}: this says what an appeal
 * takes (images and PDFs up to 10 MB, 5 with the submission, 20 in all) and who may add one (the worker or a
 * handler, while the appeal is open). An appeal is found through the scoped {@link Appeals}, so whoever may not
 * see it gets 404 for its files too.
 */
@Service
public class AppealAttachmentManagement {

    static final String TARGET = "appeal";
    static final int MAX_PER_SUBMISSION = 5;
    static final int MAX_PER_APPEAL = 20;

    private final AttachmentManagement attachments;
    private final AppealManagement management;
    private final AttachmentKind kind;
    private final Access access;

    AppealAttachmentManagement(AttachmentManagement attachments, AppealManagement management, Appeals appeals,
            Access access) {
        this.access = access;
        this.attachments = attachments;
        this.management = management;
        this.kind = AttachmentKind.of(TARGET, UploadCheck.of(UploadCheck.IMAGES_AND_PDF, UploadCheck.TEN_MB),
                MAX_PER_APPEAL, id -> appeals.findById(id)
                        .map(a -> new AttachmentTarget(a.getId(), a.getOrgId(), a.getMemberId())));
    }

    /** The files of a submission form, checked before anything is created. */
    public List<UploadCheck.Upload> check(List<MultipartFile> parts) {
        return attachments.check(kind, parts, MAX_PER_SUBMISSION);
    }

    /** Stores checked files with a new appeal, in its transaction: a rollback removes them from disk too. */
    @Transactional
    public List<Attachment> attach(CurrentUser user, Appeal appeal, List<UploadCheck.Upload> uploads) {
        return attachments.attach(user, kind, appeal.getId(), uploads);
    }

    /** One more file on an open appeal, by its worker or a handler in scope. */
    @Transactional
    public Attachment add(CurrentUser user, String trackingNo, MultipartFile file) {
        Appeal appeal = management.get(trackingNo);
        if (!isWorkerOrHandler(user, appeal)) {
            throw new OutOfScope();
        }
        if (!appeal.getStatus().isOpen()) {
            throw new Conflict("appeal.attachment.closed");
        }
        return attachments.attach(user, kind, appeal.getId(), attachments.check(kind, file));
    }

    /** Whether the user may add files to this (visible) appeal now: its worker or a handler who may act on it. */
    public boolean mayAdd(CurrentUser user, Appeal appeal) {
        return appeal.getStatus().isOpen() && isWorkerOrHandler(user, appeal);
    }

    private boolean isWorkerOrHandler(CurrentUser user, Appeal appeal) {
        return appeal.isSubmittedBy(user.memberId()) || access.may(user, AppealsModule.HANDLE, appeal.getOrgId());
    }

    /** The files of an appeal the caller can see, whoever added them (a transferred appeal keeps its files). */
    @Transactional(readOnly = true)
    public List<Attachment> of(Appeal appeal) {
        return attachments.of(kind, appeal.getId());
    }

    /** A file of an appeal the caller can see, as core's one download response. */
    @Transactional(readOnly = true)
    public ResponseEntity<Resource> download(String trackingNo, long id) {
        return attachments.download(kind, management.get(trackingNo).getId(), id);
    }
}
