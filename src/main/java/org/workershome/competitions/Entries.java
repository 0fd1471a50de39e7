package org.workershome.competitions;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Entries extends JpaRepository<Entry, Long> {

    List<Entry> findByCompetitionIdOrderByRegisteredAtAscIdAsc(Long competitionId);

    List<Entry> findByCompetitionIdAndStatusOrderByRegisteredAtAscIdAsc(Long competitionId, EntryStatus status);

    List<Entry> findByMemberIdOrderByRegisteredAtDesc(Long memberId);

    boolean existsByCompetitionIdAndMemberId(Long competitionId, Long memberId);
}
