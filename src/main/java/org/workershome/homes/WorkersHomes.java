package org.workershome.homes;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkersHomes extends JpaRepository<WorkersHome, Long> {

    List<WorkersHome> findAllByOrderByOrgIdAscNameAsc();

    List<WorkersHome> findByOrgIdOrderByName(Long orgId);
}
