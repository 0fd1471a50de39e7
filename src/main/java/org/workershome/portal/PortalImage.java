package org.workershome.portal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An uploaded picture, checked by content, with a thumbnail; both stored in the FileStore. */
@Entity
@Table(name = "portal_image")
public class PortalImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String fileKey;
    private String thumbKey;
    private String contentType;
    private int width;
    private int height;
    private int thumbWidth;
    private int thumbHeight;
    private Long uploadedBy;
    private Instant uploadedAt;
    private Long articleId;

    protected PortalImage() {
    }

    PortalImage(String fileKey, String thumbKey, String contentType, int width, int height, int thumbWidth,
            int thumbHeight, Long uploadedBy, Instant uploadedAt) {
        this.fileKey = fileKey;
        this.thumbKey = thumbKey;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.thumbWidth = thumbWidth;
        this.thumbHeight = thumbHeight;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    void attachTo(Long articleId) {
        this.articleId = articleId;
    }

    public Long getId() { return id; }
    public Long getArticleId() { return articleId; }
    public String getFileKey() { return fileKey; }
    public String getThumbKey() { return thumbKey; }
    public String getContentType() { return contentType; }
    public int getWidth() { return width; }
    public int getHeight() { return height; }
    public int getThumbWidth() { return thumbWidth; }
    public int getThumbHeight() { return thumbHeight; }
}
