package org.workershome.suggestions.craftsman;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Endorsements extends JpaRepository<Endorsement, Long> {

    List<Endorsement> findByCraftsmanIdOrderByEndorsedAt(Long craftsmanId);

    long countByCraftsmanId(Long craftsmanId);

    boolean existsByCraftsmanIdAndMemberId(Long craftsmanId, Long memberId);
}
