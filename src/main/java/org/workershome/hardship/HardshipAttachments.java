package org.workershome.hardship;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HardshipAttachments extends JpaRepository<HardshipAttachment, Long> {

    List<HardshipAttachment> findByFileIdOrderById(Long fileId);

    Optional<HardshipAttachment> findByIdAndFileId(Long id, Long fileId);

    long countByFileId(Long fileId);
}
