package org.workershome.portal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ModelDeeds extends JpaRepository<ModelDeed, Long> {

    List<ModelDeed> findByStatusOrderByNominatedAtDesc(DeedStatus status);

    List<ModelDeed> findByStatusAndTopicIdOrderByDecidedAtDesc(DeedStatus status, Long topicId);

    List<ModelDeed> findByStatusAndMemberIdOrderByDecidedAtDesc(DeedStatus status, Long memberId);
}
