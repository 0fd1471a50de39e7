package org.workershome.portal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A friendly link (友情链接) in the portal footer. */
@Entity
@Table(name = "portal_link")
public class Link {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String url;
    private int position;

    protected Link() {
    }

    Link(String name, String url, int position) {
        this.name = name;
        this.url = url;
        this.position = position;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getUrl() { return url; }
    public int getPosition() { return position; }
}
