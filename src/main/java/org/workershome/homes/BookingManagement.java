package org.workershome.homes;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.NotFound;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.time.Times;

/**
 * Room bookings. An overlapping active booking of the same room is refused here with the slot it collides with;
 * on PostgreSQL an exclusion constraint also refuses the second of two bookings that pass this check at the same
 * moment, answered with the same message. A booking is cancelled by its booker or a manager of the home, which
 * frees the slot.
 */
@Service
class BookingManagement {

    static final String OVERLAP_CONSTRAINT = "homes_booking_no_overlap";
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Bookings bookings;
    private final HomeManagement homes;
    private final IdempotentSubmissions submissions;
    private final Access access;
    private final Clock clock;

    BookingManagement(Bookings bookings, HomeManagement homes, IdempotentSubmissions submissions, Access access,
            Clock clock) {
        this.bookings = bookings;
        this.homes = homes;
        this.submissions = submissions;
        this.access = access;
        this.clock = clock;
    }

    public Booking book(CurrentUser user, Long roomId, LocalDateTime startsAt, LocalDateTime endsAt, String purpose,
            String requestToken) {
        access.require(user, HomesModule.BOOK);
        Room room = homes.room(roomId);
        try {
            return submissions.submit(requestToken, "homes.booking", () -> {
                Booking booking = new Booking(room, startsAt, endsAt, purpose, user.memberId(), user.accountId(),
                        user.displayName(), now(), clock.instant());
                bookings.overlapping(roomId, startsAt, endsAt).stream().findFirst().ifPresent(taken -> {
                    throw overlap(taken.getStartsAt(), taken.getEndsAt());
                });
                return bookings.saveAndFlush(booking);
            }, Booking::getId, id -> bookings.findById(Long.valueOf(id))).value();
        } catch (DataIntegrityViolationException e) {
            String cause = String.valueOf(NestedExceptionUtils.getMostSpecificCause(e).getMessage());
            if (!cause.contains(OVERLAP_CONSTRAINT)) {
                throw e;
            }
            // the twin that committed first is not visible to this transaction's check: name the asked slot
            throw overlap(startsAt, endsAt);
        }
    }

    private static BusinessException overlap(LocalDateTime from, LocalDateTime to) {
        return new Conflict("homes.booking.overlap", AT.format(from), TIME.format(to));
    }

    @Transactional
    public Booking cancel(CurrentUser user, Long id) {
        Booking booking = bookings.findById(id).orElseThrow(NotFound.of("booking", id));
        boolean booker = Objects.equals(booking.getBookerAccountId(), user.accountId());
        if (!booker) {
            access.require(user, HomesModule.MANAGE, booking.getOrgId());
        }
        booking.cancel(clock.instant());
        return booking;
    }

    /** Whether the user may cancel it: its booker, or a manager of its home. */
    boolean mayCancel(CurrentUser user, Booking booking) {
        return booking.isActive() && (Objects.equals(booking.getBookerAccountId(), user.accountId())
                || access.may(user, HomesModule.MANAGE, booking.getOrgId()));
    }

    @Transactional(readOnly = true)
    public List<Booking> ofHome(Long homeId, LocalDateTime from, LocalDateTime to) {
        return bookings.findByHomeIdAndStatusAndEndsAtAfterAndStartsAtBeforeOrderByStartsAt(homeId,
                Booking.Status.ACTIVE, from, to);
    }

    /** The user's own coming bookings (by account: a cadre without a member books too). */
    @Transactional(readOnly = true)
    public List<Booking> mine(CurrentUser user) {
        return bookings.findByBookerAccountIdAndStatusAndEndsAtAfterOrderByStartsAt(user.accountId(),
                Booking.Status.ACTIVE, now());
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Times.ZONE));
    }
}
