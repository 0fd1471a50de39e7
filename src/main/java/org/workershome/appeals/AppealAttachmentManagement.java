package org.workershome.appeals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.files.FileStore;
import org.workershome.core.files.UploadCheck;
import org.workershome.core.error.OutOfScope;
import org.workershome.core.scope.Scopes;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;

/**
 * Images and PDFs attached to appeals: checked by content before anything is written, stored in the
 * {@link FileStore}, and shown or downloaded only to whoever can see the appeal.
 */
@Service
public class AppealAttachmentManagement {

    static final int MAX_PER_SUBMISSION = 5;
    static final int MAX_PER_APPEAL = 20;
    static final UploadCheck CHECK = UploadCheck.of(UploadCheck.IMAGES_AND_PDF, UploadCheck.TEN_MB);

    private final AppealAttachments attachments;
    private final AppealManagement management;
    private final FileStore files;
    private final Clock clock;

    AppealAttachmentManagement(AppealAttachments attachments, AppealManagement management, FileStore files,
            Clock clock) {
        this.attachments = attachments;
        this.management = management;
        this.files = files;
        this.clock = clock;
    }

    /** A file and how to read it. */
    public record Download(AppealAttachment attachment, InputStream content) {

        /**
         * Always as a download, typed by what the content was found to be; the headers carry the file's name and
         * nothing about who sent it.
         */
        ResponseEntity<Resource> toResponse() {
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(attachment.getContentType()))
                    .contentLength(attachment.getSizeBytes())
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(attachment.getFileName(), StandardCharsets.UTF_8).build().toString())
                    .header("X-Content-Type-Options", "nosniff")
                    .cacheControl(CacheControl.noStore())
                    .body(new InputStreamResource(content));
        }
    }

    /**
     * The files of a submission form, checked before anything is created; parts without a chosen file (a
     * browser sends an empty one) are skipped.
     */
    public List<UploadCheck.Upload> check(List<MultipartFile> parts) {
        List<MultipartFile> chosen = parts == null ? List.of()
                : parts.stream().filter(Objects::nonNull).filter(p -> !p.isEmpty()).toList();
        if (chosen.size() > MAX_PER_SUBMISSION) {
            throw InvalidInput.field(UploadCheck.FIELD, "appeal.attachment.tooMany");
        }
        return chosen.stream().map(CHECK::check).toList();
    }

    /** Stores checked files with a new appeal, in its transaction: a rollback removes them from disk too. */
    @Transactional
    public List<AppealAttachment> attach(Appeal appeal, List<UploadCheck.Upload> uploads) {
        return uploads.stream().map(upload -> attachments.save(
                new AppealAttachment(appeal, upload, files.save(upload.content()), clock.instant()))).toList();
    }

    /** One more file on an open appeal, by its worker or a handler in scope. */
    @Transactional
    public AppealAttachment add(CurrentUser user, String trackingNo, MultipartFile file) {
        Appeal appeal = management.get(trackingNo);
        if (!isWorkerOrHandler(user, appeal)) {
            throw new OutOfScope();
        }
        if (!appeal.getStatus().isOpen()) {
            throw new Conflict("appeal.attachment.closed");
        }
        UploadCheck.Upload upload = CHECK.check(file);
        if (attachments.countByAppealId(appeal.getId()) >= MAX_PER_APPEAL) {
            throw InvalidInput.field(UploadCheck.FIELD, "appeal.attachment.tooMany");
        }
        return attach(appeal, List.of(upload)).get(0);
    }

    /** Whether the user may add files to this (visible) appeal now: its worker or a handler who may act on it. */
    public boolean mayAdd(CurrentUser user, Appeal appeal) {
        return appeal.getStatus().isOpen() && isWorkerOrHandler(user, appeal);
    }

    private boolean isWorkerOrHandler(CurrentUser user, Appeal appeal) {
        return appeal.isSubmittedBy(user.memberId())
                || management.mayHandle(user, appeal);
    }

    /**
     * The files of an appeal the caller can see. Read by the appeal, not by the files' own org: a transferred
     * appeal keeps the files it had, and whoever may see the appeal may see them.
     */
    @Transactional(readOnly = true)
    public List<AppealAttachment> of(Appeal appeal) {
        return Scopes.asSystem(() -> attachments.findByAppealIdOrderById(appeal.getId()));
    }

    @Transactional(readOnly = true)
    public Download download(String trackingNo, long id) {
        Appeal appeal = management.get(trackingNo);
        AppealAttachment attachment = Scopes.asSystem(() -> attachments.findByIdAndAppealId(id, appeal.getId()))
                .orElseThrow(NotFound.of("attachment", id));
        return new Download(attachment, files.open(attachment.getStorageKey()));
    }
}
