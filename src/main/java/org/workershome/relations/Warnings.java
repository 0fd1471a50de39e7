package org.workershome.relations;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Warnings extends JpaRepository<Warning, Long> {

    List<Warning> findByOrgIdOrderByRaisedAtDescIdDesc(Long orgId);

    List<Warning> findTop50ByStatusNotOrderByRaisedAtDescIdDesc(WarningStatus status);

    List<Warning> findByRaisedAtGreaterThanEqualAndRaisedAtLessThanOrderByRaisedAtDescIdDesc(Instant from, Instant to);

    @Query("select w.id from Warning w where w.status in :statuses and w.dueAt < :now order by w.id")
    List<Long> findDueIds(Collection<WarningStatus> statuses, Instant now);
}
