package org.workershome.congress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Sign-ins at sessions; a worker reads only his own. */
interface Attendances extends JpaRepository<Attendance, Long> {

    boolean existsBySessionIdAndMemberId(Long sessionId, Long memberId);

    Optional<Attendance> findBySessionIdAndMemberId(Long sessionId, Long memberId);

    long countBySessionId(Long sessionId);

    List<Attendance> findBySessionId(Long sessionId);

}
