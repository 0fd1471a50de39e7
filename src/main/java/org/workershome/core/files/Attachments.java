package org.workershome.core.files;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Read only after the target record was found through its module's scoped lookup (see {@link AttachmentManagement}). */
interface Attachments extends JpaRepository<Attachment, Long> {

    List<Attachment> findByTargetTypeAndTargetIdOrderById(String targetType, Long targetId);

    Optional<Attachment> findByIdAndTargetTypeAndTargetId(Long id, String targetType, Long targetId);

    long countByTargetTypeAndTargetId(String targetType, Long targetId);
}
