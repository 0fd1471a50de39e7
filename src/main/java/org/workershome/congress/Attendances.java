package org.workershome.congress;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Sign-ins at sessions; a worker reads only his own. */
public interface Attendances extends JpaRepository<Attendance, Long> {

    boolean existsBySessionIdAndMemberId(Long sessionId, Long memberId);

    Optional<Attendance> findBySessionIdAndMemberId(Long sessionId, Long memberId);

    long countBySessionId(Long sessionId);

    /** Attendance of those still on the roster: who left after signing in no longer counts. */
    @org.springframework.data.jpa.repository.Query("select count(a) from Attendance a where a.sessionId = :sessionId"
            + " and exists (select r.id from Representative r where r.termId = :termId and r.memberId = a.memberId"
            + " and r.leftOn is null)")
    long countCurrent(@org.springframework.data.repository.query.Param("sessionId") Long sessionId,
            @org.springframework.data.repository.query.Param("termId") Long termId);

    List<Attendance> findBySessionId(Long sessionId);

}
