package org.workershome.homes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;

/**
 * A room booked for a time range (half-open: one ending at 11:00 and one starting at 11:00 do not overlap), by a
 * worker or a cadre, for a purpose. Workers see the bookings of the homes they see (to find a free slot); the
 * booker's name is shown to the booker and the home's managers only.
 */
@Entity
@Table(name = "homes_booking")
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.OWN_OR_UNIT)
public class Booking extends ScopedEntity {

    public enum Status { ACTIVE, CANCELLED }

    /** The longest booking: a working day and a little. */
    static final Duration LONGEST = Duration.ofHours(12);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long homeId;
    private Long roomId;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String purpose;
    @Column(name = "member_id")
    private Long memberId;
    private Long bookerAccountId;
    private String bookerName;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant createdAt;
    private Instant cancelledAt;
    @Version
    private long version;

    protected Booking() {}

    Booking(Room room, LocalDateTime startsAt, LocalDateTime endsAt, String purpose, Long memberId, Long accountId,
            String bookerName, LocalDateTime nowLocal, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (startsAt == null) {
            errors.put("startsAt", "homes.booking.startsAt.required");
        } else if (startsAt.isBefore(nowLocal)) {
            errors.put("startsAt", "homes.booking.startsAt.past");
        }
        if (endsAt == null) {
            errors.put("endsAt", "homes.booking.endsAt.required");
        } else if (startsAt != null && !endsAt.isAfter(startsAt)) {
            errors.put("endsAt", "homes.booking.endsAt.beforeStart");
        } else if (startsAt != null && Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            errors.put("endsAt", "homes.booking.tooLong");
        }
        if (purpose == null || purpose.isBlank() || purpose.length() > 300) {
            errors.put("purpose", "homes.booking.purpose.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        this.orgId = room.getOrgId();
        this.homeId = room.getHomeId();
        this.roomId = room.getId();
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.purpose = purpose.strip();
        this.memberId = memberId;
        this.bookerAccountId = accountId;
        this.bookerName = bookerName;
        this.status = Status.ACTIVE;
        this.createdAt = now;
    }

    void cancel(Instant now) {
        if (status != Status.ACTIVE) {
            throw new Conflict("homes.booking.alreadyCancelled");
        }
        status = Status.CANCELLED;
        cancelledAt = now;
    }

    /** A worker writes only his own bookings (core's ScopeGuard). */
    @Override
    public Long ownerMemberId() {
        return memberId;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    @Override
    public Long getId() { return id; }
    public Long getHomeId() { return homeId; }
    public Long getRoomId() { return roomId; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public String getPurpose() { return purpose; }
    public Long getMemberId() { return memberId; }
    public Long getBookerAccountId() { return bookerAccountId; }
    public String getBookerName() { return bookerName; }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getCancelledAt() { return cancelledAt; }
}
