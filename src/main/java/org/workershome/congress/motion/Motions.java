package org.workershome.congress.motion;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Motions; unit workers may read them (the public list). */
public interface Motions extends JpaRepository<Motion, Long> {

    List<Motion> findAllByOrderBySubmittedAtDesc();

    List<Motion> findBySessionIdOrderBySubmittedAtDesc(Long sessionId);

    List<Motion> findByHandlerOrgIdInOrderBySubmittedAtDesc(Collection<Long> orgIds);

    /** Assigned motions whose deadline is on or before the day given (candidates for a reminder or overdue notice). */
    @Query("select m.id from Motion m where m.status = org.workershome.congress.motion.MotionStatus.ASSIGNED"
            + " and m.dueOn <= :day and (m.reminderSentAt is null or m.overdueSentAt is null)")
    List<Long> findAssignedDueByIds(@Param("day") java.time.LocalDate day);

    /** Motions assigned to a handling org (any state from ASSIGNED on), nearest deadline first. */
    @Query("select m from Motion m where m.handlerOrgId is not null order by m.dueOn asc, m.id asc")
    List<Motion> findAllAssigned();

}
