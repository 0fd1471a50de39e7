package org.workershome.library.book;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.library.file.BookFile;
import org.workershome.library.file.BookFormat;

/**
 * A book of the e-library: owned by an org (its librarians manage it) and readable by everyone in that org's
 * subtree (see {@link BookShelf}). The file and its cover live in core's FileStore; the metadata was read from the
 * file at upload and may be edited. Self-only accounts (workers) see no books through the scoped repository: they
 * read the catalogue through {@link BookShelf}, which applies the subtree rule.
 */
@Entity
@Table(name = "library_book")
@Indexed(index = "library_book")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0)")
public class Book extends ScopedEntity {

    /** The analyzer the portal defines for the backend (smartcn words); named here, not imported. */
    static final String CHINESE = "chinese";

    @Id
    @DocumentId
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @FullTextField(analyzer = CHINESE)
    private String title;
    @FullTextField(analyzer = CHINESE)
    @KeywordField(name = "authorFacet", aggregable = Aggregable.YES)
    private String author;
    private String publisher;
    private String isbn;
    private String language;
    @FullTextField(analyzer = CHINESE)
    private String description;
    @KeywordField(aggregable = Aggregable.YES)
    @Enumerated(EnumType.STRING)
    private BookCategory category;
    @FullTextField(analyzer = CHINESE)
    private String tags;
    @GenericField(aggregable = Aggregable.YES)
    private Integer publishedYear;
    @Enumerated(EnumType.STRING)
    private BookFormat format;
    private String fileName;
    private long sizeBytes;
    private String sha256;
    private String storageKey;
    private String coverKey;
    private String coverType;
    /** Chapters of an EPUB (its spine), pages of a PDF. */
    private int parts;
    @FullTextField(analyzer = CHINESE)
    private String bodyText;
    private Long createdByAccountId;
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Book() {}

    Book(long orgId, BookFile file, BookCategory category, String storageKey, String coverKey, Long by, Instant now) {
        this.orgId = orgId;
        BookFile.Metadata m = file.metadata();
        this.title = m.title();
        this.author = m.author();
        this.publisher = m.publisher();
        this.isbn = m.isbn();
        this.language = m.language();
        this.publishedYear = m.year();
        this.format = file.format();
        this.fileName = file.fileName();
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
        this.storageKey = storageKey;
        this.coverKey = coverKey;
        this.coverType = coverKey == null ? null : file.cover().contentType();
        this.parts = file.parts();
        this.bodyText = file.text();
        this.category = category;
        this.createdByAccountId = by;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void describe(BookDetails details, Instant now) {
        this.title = details.title();
        this.author = details.author();
        this.publisher = details.publisher();
        this.isbn = details.isbn();
        this.publishedYear = details.year();
        this.description = details.description();
        this.category = details.category();
        this.tags = details.tags();
        this.updatedAt = now;
    }

    /** Tags as written, split at commas (either width) or spaces. */
    public List<String> tagList() {
        return tags == null ? List.of() : Arrays.stream(tags.split("[,，、\\s]+")).filter(t -> !t.isBlank()).toList();
    }

    /** The owning org, indexed so that a search keeps to the orgs whose books the reader sees. */
    @Override
    @GenericField
    public Long getOrgId() { return orgId; }

    @Override
    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getAuthor() { return author; }
    public String getPublisher() { return publisher; }
    public String getIsbn() { return isbn; }
    public String getLanguage() { return language; }
    public String getDescription() { return description; }
    public BookCategory getCategory() { return category; }
    public String getTags() { return tags; }
    public Integer getPublishedYear() { return publishedYear; }
    public BookFormat getFormat() { return format; }
    public String getFileName() { return fileName; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getStorageKey() { return storageKey; }
    public String getCoverKey() { return coverKey; }
    public String getCoverType() { return coverType; }
    public boolean hasCover() { return coverKey != null; }
    public int getParts() { return parts; }
    public Long getCreatedByAccountId() { return createdByAccountId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
