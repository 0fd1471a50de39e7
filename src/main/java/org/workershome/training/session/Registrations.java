package org.workershome.training.session;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Registrations extends JpaRepository<Registration, Long> {

    List<Registration> findBySessionIdAndCancelledAtIsNullOrderByRegisteredAtAscIdAsc(Long sessionId);

    List<Registration> findBySessionIdOrderByRegisteredAtAscIdAsc(Long sessionId);

    List<Registration> findByMemberIdAndCancelledAtIsNull(Long memberId);

    List<Registration> findByAccountIdAndCancelledAtIsNull(Long accountId);
}
