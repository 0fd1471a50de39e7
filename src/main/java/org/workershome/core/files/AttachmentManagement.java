package org.workershome.core.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.crypto.StreamEncryptor;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.scope.Scopes;

/**
 * Files on the records of every module, one mechanism: the module's {@link AttachmentKind} gives the limits and
 * the scoped lookup of its record; this checks the content ({@link UploadCheck}), counts the record's files,
 * stores the bytes ({@link FileStore}, encrypted as a stream if the kind says so), and lists and serves a file
 * only after the lookup found its record, so a record out of the caller's scope has no files (404).
 *
 * <p>Who may <em>add</em> a file (the worker, a handler, only while open…) is the module's rule, checked before
 * it calls {@link #attach}. The rows themselves are read as the system once the record was found: the record
 * decides, not the org a file was added under (a transferred appeal keeps its files for whoever now sees it).
 */
@Service
public class AttachmentManagement {

    private final Attachments attachments;
    private final FileStore files;
    private final StreamEncryptor encryptor;
    private final Clock clock;

    AttachmentManagement(Attachments attachments, FileStore files, StreamEncryptor encryptor, Clock clock) {
        this.attachments = attachments;
        this.files = files;
        this.encryptor = encryptor;
        this.clock = clock;
    }

    /**
     * The chosen files of a form, checked before anything is created; parts without a chosen file (a browser
     * sends an empty one) are skipped. {@code maxFiles} limits one form (at most the kind's limit per record).
     */
    public List<UploadCheck.Upload> check(AttachmentKind kind, List<MultipartFile> parts, int maxFiles) {
        List<MultipartFile> chosen = parts == null ? List.of()
                : parts.stream().filter(Objects::nonNull).filter(p -> !p.isEmpty()).toList();
        if (chosen.size() > Math.min(maxFiles, kind.maxPerTarget())) {
            throw InvalidInput.field(UploadCheck.FIELD, "upload.error.tooMany");
        }
        return chosen.stream().map(kind.check()::check).toList();
    }

    /** One file, checked by content; {@link InvalidInput} on the field {@code file} if it does not pass. */
    public UploadCheck.Upload check(AttachmentKind kind, MultipartFile file) {
        return kind.check().check(file);
    }

    /**
     * Stores checked files on a record the caller can see (404 otherwise), in the caller's transaction: a
     * rollback removes them from disk too. {@code by} is who adds them (null for the system).
     */
    @Transactional
    public List<Attachment> attach(CurrentUser by, AttachmentKind kind, long targetId, List<UploadCheck.Upload> uploads) {
        AttachmentTarget target = find(kind, targetId);
        if (uploads.isEmpty()) {
            return List.of();
        }
        long present = Scopes.asSystem(() -> attachments.countByTargetTypeAndTargetId(kind.targetType(), target.id()));
        if (present + uploads.size() > kind.maxPerTarget()) {
            throw InvalidInput.field(UploadCheck.FIELD, "upload.error.tooMany");
        }
        Long account = by == null ? null : by.accountId();
        return uploads.stream().map(upload -> attachments.save(new Attachment(kind.targetType(), target, upload,
                store(kind, upload), kind.encrypted(), account, clock.instant()))).toList();
    }

    /** One checked file; see {@link #attach(CurrentUser, AttachmentKind, long, List)}. */
    @Transactional
    public Attachment attach(CurrentUser by, AttachmentKind kind, long targetId, UploadCheck.Upload upload) {
        return attach(by, kind, targetId, List.of(upload)).get(0);
    }

    /**
     * Removes the files of a record the caller can see (404 otherwise), as the record itself is removed: the rows in
     * the caller's transaction, the stored files once it has committed (a rollback keeps them).
     */
    @Transactional
    public void removeAll(AttachmentKind kind, long targetId) {
        List<Attachment> gone = of(kind, targetId);
        Scopes.asSystem(() -> attachments.deleteAll(gone));
        List<String> keys = gone.stream().map(Attachment::getStorageKey).toList();
        if (!keys.isEmpty()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    keys.forEach(files::delete);
                }
            });
        }
    }

    /** The files of a record the caller can see, oldest first; 404 if the record is not visible. */
    @Transactional(readOnly = true)
    public List<Attachment> of(AttachmentKind kind, long targetId) {
        AttachmentTarget target = find(kind, targetId);
        return Scopes.asSystem(() -> attachments.findByTargetTypeAndTargetIdOrderById(kind.targetType(), target.id()));
    }

    /** A file of a record the caller can see, as {@link DownloadResponse}; 404 for a file of another record. */
    @Transactional(readOnly = true)
    public ResponseEntity<Resource> download(AttachmentKind kind, long targetId, long attachmentId) {
        AttachmentTarget target = find(kind, targetId);
        Attachment attachment = Scopes.asSystem(() -> attachments.findByIdAndTargetTypeAndTargetId(attachmentId,
                kind.targetType(), target.id())).orElseThrow(NotFound.of("attachment", attachmentId));
        return DownloadResponse.of(attachment.getFileName(), attachment.getContentType(), attachment.getSizeBytes(),
                content(attachment));
    }

    /** The plain bytes of a stored file, decrypted as they are read if it was stored encrypted. */
    InputStream content(Attachment attachment) {
        InputStream stored = files.open(attachment.getStorageKey());
        if (!attachment.isEncrypted()) {
            return stored;
        }
        try {
            // the first chunk is checked before anything is answered: a damaged file (most are one chunk) is
            // refused as an error, not sent as a download that breaks off
            BufferedInputStream plain = new BufferedInputStream(encryptor.decrypting(stored));
            plain.mark(1);
            plain.read();
            plain.reset();
            return plain;
        } catch (IOException e) {
            closeQuietly(stored);
            throw new UncheckedIOException(e);
        }
    }

    private AttachmentTarget find(AttachmentKind kind, long targetId) {
        return kind.lookup().find(targetId).orElseThrow(NotFound.of(kind.targetType(), targetId));
    }

    private String store(AttachmentKind kind, UploadCheck.Upload upload) {
        if (!kind.encrypted()) {
            return files.save(upload.content());
        }
        return files.save(out -> {
            try (OutputStream sealed = encryptor.encrypting(out)) {
                sealed.write(upload.content());
            }
        });
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // already failing
        }
    }
}
