package org.workershome.training.skill;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SkillRecords extends JpaRepository<SkillRecord, Long> {

    Optional<SkillRecord> findByMemberIdAndOccupation(Long memberId, String occupation);

    List<SkillRecord> findByMemberIdOrderByOccupation(Long memberId);

    List<SkillRecord> findAllByOrderByOrgIdAscMemberIdAsc();
}
