package org.workershome.congress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Implementation reports of resolutions. */
interface ResolutionReports extends JpaRepository<ResolutionReport, Long> {

    List<ResolutionReport> findByResolutionIdOrderByReportedAt(Long resolutionId);

}
