package org.workershome.homes;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Activities extends JpaRepository<Activity, Long> {

    List<Activity> findByHomeIdAndEndsAtAfterAndStartsAtBeforeOrderByStartsAt(Long homeId, LocalDateTime from,
            LocalDateTime to);

    /** Activities per org overlapping [from, to). */
    @Query("select a.orgId, count(a) from Activity a where a.startsAt < :to and a.endsAt > :from group by a.orgId")
    List<Object[]> countByOrg(LocalDateTime from, LocalDateTime to);
}
