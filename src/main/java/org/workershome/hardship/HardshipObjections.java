package org.workershome.hardship;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HardshipObjections extends JpaRepository<HardshipObjection, Long> {

    List<HardshipObjection> findByFileIdOrderById(Long fileId);

    long countByFileId(Long fileId);
}
