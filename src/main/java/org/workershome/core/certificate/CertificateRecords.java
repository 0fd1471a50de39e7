package org.workershome.core.certificate;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRecords extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    List<Certificate> findBySourceModuleAndSourceIdIn(String sourceModule, List<Long> sourceIds);

    List<Certificate> findByHolderMemberIdOrderByIssuedAtDesc(Long memberId);
}
