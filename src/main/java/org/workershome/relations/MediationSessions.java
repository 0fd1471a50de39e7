package org.workershome.relations;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MediationSessions extends JpaRepository<MediationSession, Long> {

    List<MediationSession> findByDisputeIdOrderByHeldOnAscIdAsc(Long disputeId);
}
