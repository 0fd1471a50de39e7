package org.workershome.appeals;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.files.UploadCheck;
import org.workershome.core.scope.ScopedEntity;

/**
 * A file (image or PDF) attached to an appeal. The bytes live in the {@code FileStore} under {@code storageKey};
 * {@code memberId} is the appeal's worker, so a worker sees every file of his own appeal, whoever added it.
 */
@Entity
@Table(name = "appeal_attachment")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or member_id = :selfMemberId)")
public class AppealAttachment extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long appealId;
    private Long memberId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String storageKey;
    private Instant uploadedAt;

    protected AppealAttachment() {}

    AppealAttachment(Appeal appeal, UploadCheck.Upload upload, String storageKey, Instant now) {
        this.appealId = appeal.getId();
        this.orgId = appeal.getOrgId();
        this.memberId = appeal.getMemberId();
        this.fileName = upload.fileName();
        this.contentType = upload.type().contentType();
        this.sizeBytes = upload.size();
        this.storageKey = storageKey;
        this.uploadedAt = now;
    }

    @Override
    public Long ownerMemberId() {
        return memberId;
    }

    @Override
    public Long getId() { return id; }
    public Long getAppealId() { return appealId; }
    public Long getMemberId() { return memberId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getStorageKey() { return storageKey; }
    public Instant getUploadedAt() { return uploadedAt; }
}
