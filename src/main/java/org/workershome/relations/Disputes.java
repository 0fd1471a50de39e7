package org.workershome.relations;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Disputes extends JpaRepository<Dispute, Long> {

    List<Dispute> findTop100ByOrderByAcceptedAtDescIdDesc();

    List<Dispute> findAllByOrderByAcceptedAtDescIdDesc();

    List<Dispute> findByAcceptedAtGreaterThanEqualAndAcceptedAtLessThanOrderByAcceptedAtDescIdDesc(Instant from,
            Instant to);

    java.util.Optional<Dispute> findByAppealId(Long appealId);

    java.util.Optional<Dispute> findByAgreementCode(String code);

    List<Dispute> findByWorkerMemberIdOrderByAcceptedAtDescIdDesc(Long memberId);
}
