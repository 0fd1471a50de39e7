package org.workershome.congress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Co-signers of motions. */
interface MotionCosigners extends JpaRepository<MotionCosigner, MotionCosigner.Key> {

    List<MotionCosigner> findByMotionIdOrderBySignedAt(Long motionId);

    long countByMotionId(Long motionId);

    boolean existsByMotionIdAndMemberId(Long motionId, Long memberId);

}
