package org.workershome.congress.ballot;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Implementation reports of resolutions. */
public interface ResolutionReports extends JpaRepository<ResolutionReport, Long> {

    List<ResolutionReport> findByResolutionIdOrderByReportedAt(Long resolutionId);

}
