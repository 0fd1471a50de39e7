package org.workershome.hardship;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Pairings extends JpaRepository<Pairing, Long> {

    List<Pairing> findByFileIdOrderById(Long fileId);
}
