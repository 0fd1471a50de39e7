package org.workershome.homes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Filter;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;

/** An activity on a home's calendar (a reading club, a health talk): when, where in the home, who organises it. */
@Entity
@Table(name = "homes_activity")
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.UNIT_WORKERS)
public class Activity extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long homeId;
    private String title;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String roomName;
    private String organiser;
    private String description;
    private Instant createdAt;

    protected Activity() {}

    record Draft(String title, LocalDateTime startsAt, LocalDateTime endsAt, String roomName, String organiser,
            String description) {}

    Activity(WorkersHome home, Draft draft, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blankOrLonger(draft.title(), 200)) {
            errors.put("title", "homes.activity.title.required");
        }
        if (draft.startsAt() == null) {
            errors.put("startsAt", "homes.activity.startsAt.required");
        }
        if (draft.endsAt() == null || (draft.startsAt() != null && !draft.endsAt().isAfter(draft.startsAt()))) {
            errors.put("endsAt", "homes.activity.endsAt.invalid");
        }
        if (blankOrLonger(draft.organiser(), 200)) {
            errors.put("organiser", "homes.activity.organiser.required");
        }
        if (draft.roomName() != null && draft.roomName().length() > 100) {
            errors.put("roomName", "homes.room.name.required");
        }
        if (draft.description() != null && draft.description().length() > 4000) {
            errors.put("description", "homes.home.description.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        this.orgId = home.getOrgId();
        this.homeId = home.getId();
        this.title = draft.title().strip();
        this.startsAt = draft.startsAt();
        this.endsAt = draft.endsAt();
        this.roomName = draft.roomName() == null || draft.roomName().isBlank() ? null : draft.roomName().strip();
        this.organiser = draft.organiser().strip();
        this.description = draft.description() == null || draft.description().isBlank() ? null
                : draft.description().strip();
        this.createdAt = now;
    }

    private static boolean blankOrLonger(String value, int max) {
        return value == null || value.isBlank() || value.length() > max;
    }

    @Override
    public Long getId() { return id; }
    public Long getHomeId() { return homeId; }
    public String getTitle() { return title; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public String getRoomName() { return roomName; }
    public String getOrganiser() { return organiser; }
    public String getDescription() { return description; }
}
