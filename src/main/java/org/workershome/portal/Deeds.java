package org.workershome.portal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Deeds extends JpaRepository<Deed, Long> {

    List<Deed> findByStatusOrderByNominatedAtDesc(DeedStatus status);

    List<Deed> findByStatusAndTopicIdOrderByDecidedAtDesc(DeedStatus status, Long topicId);

    List<Deed> findByStatusAndMemberIdOrderByDecidedAtDesc(DeedStatus status, Long memberId);
}
