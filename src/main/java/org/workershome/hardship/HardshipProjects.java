package org.workershome.hardship;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HardshipProjects extends JpaRepository<HardshipProject, Long> {

    List<HardshipProject> findAllByOrderByAppliedAtDesc();
}
