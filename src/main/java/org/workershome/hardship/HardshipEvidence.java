package org.workershome.hardship;

import java.time.Clock;
import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.crypto.FieldEncryptor;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.error.OutOfScope;
import org.workershome.core.files.FileStore;
import org.workershome.core.files.UploadCheck;
import org.workershome.core.scope.Scopes;

/**
 * Evidence and visit photos of a file: upload, list, download. Kept apart, as it was in the file service, so that
 * the move to core's one attachment mechanism changes this class only.
 */
@Service
public class HardshipEvidence {

    static final UploadCheck CHECK = UploadCheck.of(UploadCheck.IMAGES_AND_PDF, UploadCheck.TEN_MB);
    static final int MAX_ATTACHMENTS = 30;

    private final HardshipFileAccess fileAccess;
    private final HardshipVisits visits;
    private final HardshipAttachments attachments;
    private final FieldEncryptor encryptor;
    private final FileStore fileStore;
    private final Clock clock;

    HardshipEvidence(HardshipFileAccess fileAccess, HardshipVisits visits, HardshipAttachments attachments,
            FieldEncryptor encryptor, FileStore fileStore, Clock clock) {
        this.fileAccess = fileAccess;
        this.visits = visits;
        this.attachments = attachments;
        this.encryptor = encryptor;
        this.fileStore = fileStore;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<HardshipAttachment> attachmentsOf(HardshipFile file) {
        return Scopes.asSystem(() -> attachments.findByFileIdOrderById(file.getId()));
    }

    /** Evidence (by the worker or a handler) or a visit photo (by a handler), checked by content. */
    @Transactional
    public HardshipAttachment attach(CurrentUser user, Long fileId, Long visitId, UploadCheck.Upload upload) {
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
            Scopes.asSystem(() -> visits.findById(visitId)).filter(v -> v.getFileId().equals(file.getId()))
                    .orElseThrow(() -> InvalidInput.field("visitId", "hardship.visitId.unknown"));
        }
        if (Scopes.asSystem(() -> attachments.countByFileId(file.getId())) >= MAX_ATTACHMENTS) {
            throw InvalidInput.field(UploadCheck.FIELD, "hardship.attachment.tooMany");
        }
        return attachments.save(new HardshipAttachment(file, visitId,
                visitId == null ? HardshipAttachment.Kind.EVIDENCE : HardshipAttachment.Kind.VISIT_PHOTO, upload,
                fileStore.save(seal(upload.content())), clock.instant()));
    }

    /** An attachment of a file the caller can see, with its bytes. */
    @Transactional(readOnly = true)
    public Download download(Long fileId, Long attachmentId) {
        HardshipFile file = fileAccess.get(fileId);
        HardshipAttachment attachment = Scopes.asSystem(() -> attachments.findByIdAndFileId(attachmentId, file.getId()))
                .orElseThrow(NotFound.of("attachment", attachmentId));
        return new Download(attachment, new java.io.ByteArrayInputStream(unseal(attachment.getStorageKey())));
    }

    /**
     * Evidence is health and income data too (diagnoses, disability certificates, pay slips): the bytes are
     * encrypted with the personal-data key before they reach the file store (Base64 inside AES-GCM, so a PDF that
     * carries an ID number as text leaves no plain copy in the data directory).
     */
    private byte[] seal(byte[] content) {
        return encryptor.encrypt(java.util.Base64.getEncoder().encodeToString(content))
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private byte[] unseal(String storageKey) {
        try (java.io.InputStream in = fileStore.open(storageKey)) {
            String sealed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
            return java.util.Base64.getDecoder().decode(encryptor.decrypt(sealed));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public record Download(HardshipAttachment attachment, java.io.InputStream content) {}

    /** The download as the pages and the API answer it: never sniffed, never cached. */
    static ResponseEntity<Resource> response(Download d) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.attachment().getContentType()))
                .contentLength(d.attachment().getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.attachment().getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(new InputStreamResource(d.content()));
    }
}
