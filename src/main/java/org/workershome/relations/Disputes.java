package org.workershome.relations;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Disputes extends JpaRepository<Dispute, Long> {

    List<Dispute> findTop100ByOrderByAcceptedAtDescIdDesc();

    List<Dispute> findAllByOrderByAcceptedAtDescIdDesc();

    java.util.Optional<Dispute> findByAppealId(Long appealId);

    List<Dispute> findByWorkerMemberIdOrderByAcceptedAtDescIdDesc(Long memberId);
}
