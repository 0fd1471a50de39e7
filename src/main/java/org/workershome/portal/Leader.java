package org.workershome.portal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the union's leadership list (领导名单): a person and their titles. */
@Entity
@Table(name = "portal_leader")
public class Leader {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String title;
    private int position;

    protected Leader() {
    }

    Leader(String name, String title, int position) {
        this.name = name;
        this.title = title;
        this.position = position;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getTitle() { return title; }
    public int getPosition() { return position; }
}
