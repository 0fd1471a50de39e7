package org.workershome.surveys.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Research reports, read in the caller's scope. */
interface ResearchReports extends JpaRepository<ResearchReport, Long> {

    List<ResearchReport> findAllByOrderByCreatedAtDesc();
}
