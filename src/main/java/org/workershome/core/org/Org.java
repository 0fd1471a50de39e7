package org.workershome.core.org;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.error.Conflict;

/**
 * A node of the union tree. {@code path} is the materialised path of ids ({@code /1/7/23/}), so that
 * "everything under this org" is one indexed prefix query. Orgs are scoped by their own path.
 */
@Entity
@Table(name = "org")
@Filter(name = ScopedEntity.ORG_FILTER, condition = "path like :scopePath")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or id = (select m.org_id from member m where m.id = :selfMemberId))")
@org.springframework.modulith.NamedInterface("org")
public class Org {

    /** Drawn from {@code org_seq} before the insert, because the path contains it. */
    @Id
    private Long id;
    private Long parentId;
    private String name;
    @Enumerated(EnumType.STRING)
    private OrgType type;
    @Enumerated(EnumType.STRING)
    private Industry industry;
    private String regionCode;
    private String path;
    private int depth;
    @Enumerated(EnumType.STRING)
    private OrgStatus status;
    private Instant createdAt;
    @Version
    private long version;

    protected Org() {}

    /** A root org (the national union). Its id is assigned on persist; call {@link #placeUnder} then. */
    public Org(String name, OrgType type, Industry industry, String regionCode, Instant now) {
        this.name = name;
        this.type = type;
        this.industry = industry;
        this.regionCode = regionCode;
        this.status = OrgStatus.ACTIVE;
        this.createdAt = now;
    }

    /** Gives the org its id (from {@code org_seq}) and its place in the tree, before it is first saved. */
    void placeUnder(long id, Org parent) {
        this.id = id;
        this.parentId = parent == null ? null : parent.id;
        this.path = (parent == null ? "/" : parent.path) + id + "/";
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void describe(OrgType type, Industry industry, String regionCode) {
        this.type = type;
        this.industry = industry;
        this.regionCode = regionCode;
    }

    void close() {
        if (status == OrgStatus.CLOSED) {
            throw new Conflict("org.error.alreadyClosed");
        }
        this.status = OrgStatus.CLOSED;
    }

    public boolean isAncestorOf(Org other) {
        return other.path.startsWith(path) && !other.id.equals(id);
    }

    public boolean isActive() {
        return status == OrgStatus.ACTIVE;
    }

    public Long getId() { return id; }
    public Long getParentId() { return parentId; }
    public String getName() { return name; }
    public OrgType getType() { return type; }
    public Industry getIndustry() { return industry; }
    public String getRegionCode() { return regionCode; }
    public String getPath() { return path; }
    public int getDepth() { return depth; }
    public OrgStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
