package org.workershome.homes;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Bookings extends JpaRepository<Booking, Long> {

    /** Active bookings of the room overlapping [from, to): those starting before its end and ending after its start. */
    @Query("select b from Booking b where b.roomId = :roomId and b.status = org.workershome.homes.Booking.Status.ACTIVE"
            + " and b.startsAt < :to and b.endsAt > :from")
    List<Booking> overlapping(Long roomId, LocalDateTime from, LocalDateTime to);

    List<Booking> findByHomeIdAndStatusAndEndsAtAfterAndStartsAtBeforeOrderByStartsAt(Long homeId,
            Booking.Status status, LocalDateTime from, LocalDateTime to);

    List<Booking> findByMemberIdAndStatusAndEndsAtAfterOrderByStartsAt(Long memberId, Booking.Status status,
            LocalDateTime after);

    List<Booking> findByBookerAccountIdAndStatusAndEndsAtAfterOrderByStartsAt(Long accountId, Booking.Status status,
            LocalDateTime after);

    /** Active bookings per org overlapping [from, to). */
    @Query("select b.orgId, count(b) from Booking b where b.status = org.workershome.homes.Booking.Status.ACTIVE"
            + " and b.startsAt < :to and b.endsAt > :from group by b.orgId")
    List<Object[]> countByOrg(LocalDateTime from, LocalDateTime to);
}
