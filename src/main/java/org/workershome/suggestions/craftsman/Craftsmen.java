package org.workershome.suggestions.craftsman;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Craftsmen extends JpaRepository<Craftsman, Long> {

    List<Craftsman> findAllByOrderByNominatedAtDescIdDesc();

    List<Craftsman> findByMemberIdOrderByNominatedAtDesc(Long memberId);

    List<Craftsman> findByStatus(CraftsmanStatus status);

    List<Craftsman> findByMemberIdAndStatusIn(Long memberId, Collection<CraftsmanStatus> statuses);

    boolean existsByMemberIdAndTitleAndStatusNotIn(Long memberId, CraftsmanTitle title, Collection<CraftsmanStatus> done);
}
