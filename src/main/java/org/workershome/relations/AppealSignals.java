package org.workershome.relations;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppealSignals extends JpaRepository<AppealSignal, Long> {

    List<AppealSignal> findByOrgIdAndDayAfter(Long orgId, LocalDate after);

    @Query("select distinct s.orgId from AppealSignal s where s.day > :after")
    List<Long> orgsWithSignalsAfter(LocalDate after);
}
