package org.workershome.hardship;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.files.UploadCheck;
import org.workershome.core.scope.ScopedEntity;

/** Evidence (diagnosis, disability certificate…) or a photo of a home visit; bytes in the FileStore. */
@Entity
@Table(name = "hardship_attachment")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or member_id = :selfMemberId)")
public class HardshipAttachment extends ScopedEntity {

    public enum Kind { EVIDENCE, VISIT_PHOTO }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long fileId;
    private Long visitId;
    private Long memberId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String storageKey;
    private Instant uploadedAt;

    protected HardshipAttachment() {}

    HardshipAttachment(HardshipFile file, Long visitId, Kind kind, UploadCheck.Upload upload, String storageKey,
            Instant now) {
        this.fileId = file.getId();
        this.visitId = visitId;
        this.orgId = file.getOrgId();
        this.memberId = file.getMemberId();
        this.kind = kind;
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
    public Long getFileId() { return fileId; }
    public Long getVisitId() { return visitId; }
    public Kind getKind() { return kind; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getStorageKey() { return storageKey; }
    public Instant getUploadedAt() { return uploadedAt; }
}
