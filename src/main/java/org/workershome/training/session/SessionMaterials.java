package org.workershome.training.session;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.files.Attachment;
import org.workershome.core.files.AttachmentKind;
import org.workershome.core.files.AttachmentManagement;
import org.workershome.core.files.AttachmentTarget;
import org.workershome.core.files.UploadCheck;
import org.workershome.training.TrainingModule;

/** Handouts of an offline session (PDF, pictures): added by its organiser, read by whoever sees the session. */
@Component
class SessionMaterials {

    private final TrainingSessionManagement sessions;
    private final AttachmentManagement attachments;
    private final Access access;
    private final AttachmentKind kind;

    SessionMaterials(TrainingSessionManagement sessions, AttachmentManagement attachments, Access access) {
        this.sessions = sessions;
        this.attachments = attachments;
        this.access = access;
        this.kind = AttachmentKind.of("training-session", UploadCheck.of(UploadCheck.IMAGES_AND_PDF,
                20L * 1024 * 1024), 10, id -> sessions.visible(id).map(s -> new AttachmentTarget(id, s.getOrgId(), null)));
    }

    AttachmentKind kind() {
        return kind;
    }

    List<Attachment> of(Long sessionId) {
        return attachments.of(kind, sessionId);
    }

    @Transactional
    void add(CurrentUser user, Long sessionId, List<MultipartFile> files) {
        access.require(user, TrainingModule.MANAGE, sessions.get(sessionId).getOrgId());
        attachments.attach(user, kind, sessionId, attachments.check(kind, files, 10));
    }
}
