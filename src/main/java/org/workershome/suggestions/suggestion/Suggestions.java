package org.workershome.suggestions.suggestion;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Suggestions extends JpaRepository<Suggestion, Long> {

    List<Suggestion> findAllByOrderBySubmittedAtDescIdDesc();

    List<Suggestion> findByStatusInOrderByDecidedAtDescIdDesc(Collection<SuggestionStatus> statuses);

    List<Suggestion> findByMemberIdOrderBySubmittedAtDesc(Long memberId);

    Optional<Suggestion> findByMotionId(Long motionId);

    List<Suggestion> findByStatus(SuggestionStatus status);

    boolean existsBySource(SuggestionSource source);
}
