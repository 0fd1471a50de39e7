package org.workershome.relations;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Disputes extends JpaRepository<Dispute, Long> {

    List<Dispute> findTop100ByOrderByAcceptedAtDescIdDesc();
}
