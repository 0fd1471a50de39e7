package org.workershome.congress.openaffairs;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Comments; a worker reads only his own (with the replies). */
public interface ConsultationComments extends JpaRepository<ConsultationComment, Long> {

    List<ConsultationComment> findByConsultationIdOrderByCreatedAt(Long consultationId);

}
