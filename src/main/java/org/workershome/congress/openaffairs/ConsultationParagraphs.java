package org.workershome.congress.openaffairs;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Paragraphs, read through their consultation. */
public interface ConsultationParagraphs extends JpaRepository<ConsultationParagraph, Long> {

    List<ConsultationParagraph> findByConsultationIdOrderBySeq(Long consultationId);

}
