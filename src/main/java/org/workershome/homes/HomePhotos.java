package org.workershome.homes;

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
 * Photos of a home through core's attachments: images only, judged by their bytes (metadata stripped), up to 10 MB
 * each and 12 a home. The home is looked up through its scoped repository, so whoever may see the home sees its
 * photos, and another province's are 404. Only the home's managers add them.
 */
@Service
class HomePhotos {

    static final String TARGET = "homes-home";
    static final int MAX = 12;

    private final AttachmentManagement attachments;
    private final HomeManagement homes;
    private final AttachmentKind kind;

    HomePhotos(AttachmentManagement attachments, WorkersHomes stored, HomeManagement homes) {
        this.attachments = attachments;
        this.homes = homes;
        this.kind = AttachmentKind.of(TARGET, UploadCheck.of(UploadCheck.IMAGES, UploadCheck.TEN_MB), MAX,
                id -> stored.findById(id).map(h -> new AttachmentTarget(h.getId(), h.getOrgId(), null)));
    }

    /** Checks every chosen file before anything is stored; a file that is not a picture refuses them all. */
    @Transactional
    public List<Attachment> add(CurrentUser user, Long homeId, List<MultipartFile> photos) {
        WorkersHome home = homes.managed(user, homeId);
        List<UploadCheck.Upload> uploads = attachments.check(kind, photos == null ? List.of() : photos, MAX);
        if (uploads.isEmpty()) {
            throw org.workershome.core.error.InvalidInput.field(UploadCheck.FIELD, "homes.photo.required");
        }
        return attachments.attach(user, kind, home.getId(), uploads);
    }

    @Transactional(readOnly = true)
    public List<Attachment> of(Long homeId) {
        return attachments.of(kind, homeId);
    }

    @Transactional(readOnly = true)
    public ResponseEntity<Resource> download(long homeId, long attachmentId) {
        return attachments.download(kind, homeId, attachmentId);
    }
}
