package org.workershome.suggestions.suggestion;

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

/** Attachments of a suggestion (drawings, photos, PDFs), through core's files; a suggestion out of scope has none (404). */
@Service
class SuggestionFiles {

    static final int MAX = 5;

    private final AttachmentManagement attachments;
    private final AttachmentKind kind;

    SuggestionFiles(AttachmentManagement attachments, Suggestions suggestions) {
        this.attachments = attachments;
        this.kind = AttachmentKind.of("suggestion", UploadCheck.of(UploadCheck.IMAGES_AND_PDF, UploadCheck.TEN_MB), MAX,
                id -> suggestions.findById(id).map(s -> new AttachmentTarget(s.getId(), s.getOrgId(), s.getMemberId())));
    }

    List<UploadCheck.Upload> check(List<MultipartFile> files) {
        return attachments.check(kind, files, MAX);
    }

    @Transactional
    void attach(CurrentUser user, Suggestion suggestion, List<UploadCheck.Upload> uploads) {
        if (!uploads.isEmpty()) {
            attachments.attach(user, kind, suggestion.getId(), uploads);
        }
    }

    @Transactional(readOnly = true)
    List<Attachment> of(Suggestion suggestion) {
        return attachments.of(kind, suggestion.getId());
    }

    ResponseEntity<Resource> download(long id, long attachmentId) {
        return attachments.download(kind, id, attachmentId);
    }
}
