package org.workershome.homes;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;

/** A room of a home that workers may book (a reading room, the fitness room); seen by whoever sees its home. */
@Entity
@Table(name = "homes_room")
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.UNIT_WORKERS)
public class Room extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long homeId;
    private String name;
    private Integer capacity;
    private Instant createdAt;

    protected Room() {}

    Room(WorkersHome home, String name, Integer capacity, Instant now) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw InvalidInput.field("roomName", "homes.room.name.required");
        }
        if (capacity != null && (capacity < 1 || capacity > 10000)) {
            throw InvalidInput.field("capacity", "homes.room.capacity.invalid");
        }
        this.orgId = home.getOrgId();
        this.homeId = home.getId();
        this.name = name.strip();
        this.capacity = capacity;
        this.createdAt = now;
    }

    @Override
    public Long getId() { return id; }
    public Long getHomeId() { return homeId; }
    public String getName() { return name; }
    public Integer getCapacity() { return capacity; }
}
