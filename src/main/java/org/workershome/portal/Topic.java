package org.workershome.portal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A themed topic (专题), e.g. 中国梦·劳动美——我是生态文明建设主力军; articles and model deeds belong to topics. */
@Entity
@Table(name = "portal_topic")
public class Topic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private String title;
    private String summary;
    private int position;
    private boolean featured;
    private boolean visible;

    protected Topic() {
    }

    Topic(String slug, String title, String summary, int position, boolean featured) {
        this.slug = slug;
        this.title = title;
        this.summary = summary;
        this.position = position;
        this.featured = featured;
        this.visible = true;
    }

    void edit(String title, int position, boolean featured, boolean visible) {
        this.title = title;
        this.position = position;
        this.featured = featured;
        this.visible = visible;
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public int getPosition() { return position; }
    public boolean isFeatured() { return featured; }
    public boolean isVisible() { return visible; }
}
