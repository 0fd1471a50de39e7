package org.workershome.congress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Motions; unit workers may read them (the public list). */
interface Motions extends JpaRepository<Motion, Long> {

    List<Motion> findAllByOrderBySubmittedAtDesc();

    List<Motion> findBySessionIdOrderBySubmittedAtDesc(Long sessionId);

    List<Motion> findByHandlerOrgIdInOrderBySubmittedAtDesc(Collection<Long> orgIds);

}
