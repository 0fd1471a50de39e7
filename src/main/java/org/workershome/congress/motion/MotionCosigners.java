package org.workershome.congress.motion;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Co-signers of motions. */
public interface MotionCosigners extends JpaRepository<MotionCosigner, MotionCosigner.Key> {

    List<MotionCosigner> findByMotionIdOrderBySignedAt(Long motionId);

    long countByMotionId(Long motionId);

    boolean existsByMotionIdAndMemberId(Long motionId, Long memberId);

}
