package org.workershome.core.files;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;

/**
 * A file attached to a record of some module (an appeal, a hardship file, a dispute…): which record
 * ({@code targetType}, {@code targetId}), the checked name and type, and where the bytes are in the
 * {@link FileStore}. {@code orgId} and {@code memberId} are the record's when the file was added, so writing is
 * scoped like writing the record; reading is decided by the record, see {@link AttachmentManagement}.
 */
@Entity
@Table(name = "attachment")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or member_id = :selfMemberId)")
public class Attachment extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String targetType;
    private Long targetId;
    private Long memberId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String storageKey;
    private boolean encrypted;
    private Long createdByAccountId;
    private Instant createdAt;

    protected Attachment() {}

    Attachment(String targetType, AttachmentTarget target, UploadCheck.Upload upload, String storageKey,
            boolean encrypted, Long createdByAccountId, Instant now) {
        this.targetType = targetType;
        this.targetId = target.id();
        this.orgId = target.orgId();
        this.memberId = target.memberId();
        this.fileName = upload.fileName();
        this.contentType = upload.type().contentType();
        this.sizeBytes = upload.size();
        this.storageKey = storageKey;
        this.encrypted = encrypted;
        this.createdByAccountId = createdByAccountId;
        this.createdAt = now;
    }

    @Override
    public Long ownerMemberId() {
        return memberId;
    }

    @Override
    public Long getId() { return id; }
    public String getTargetType() { return targetType; }
    public Long getTargetId() { return targetId; }
    public Long getMemberId() { return memberId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getStorageKey() { return storageKey; }
    public boolean isEncrypted() { return encrypted; }
    public Long getCreatedByAccountId() { return createdByAccountId; }
    public Instant getCreatedAt() { return createdAt; }
}
