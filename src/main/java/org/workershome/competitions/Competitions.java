package org.workershome.competitions;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Competitions extends JpaRepository<Competition, Long> {

    List<Competition> findAllByOrderByCreatedAtDesc();

    List<Competition> findByOrgIdInOrderByCreatedAtDesc(List<Long> orgIds);
}
