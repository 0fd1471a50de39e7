package org.workershome.appeals;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppealAttachments extends JpaRepository<AppealAttachment, Long> {

    List<AppealAttachment> findByAppealIdOrderById(Long appealId);

    Optional<AppealAttachment> findByIdAndAppealId(Long id, Long appealId);

    long countByAppealId(Long appealId);
}
