package org.workershome.portal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A channel (栏目) across the top of the portal, e.g. 工会; editable by the chief editor. */
@Entity
@Table(name = "portal_channel")
public class Channel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private String name;
    private int position;
    private boolean visible;

    protected Channel() {
    }

    Channel(String slug, String name, int position) {
        this.slug = slug;
        this.name = name;
        this.position = position;
        this.visible = true;
    }

    void edit(String name, int position, boolean visible) {
        this.name = name;
        this.position = position;
        this.visible = visible;
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getName() { return name; }
    public int getPosition() { return position; }
    public boolean isVisible() { return visible; }
}
