package org.workershome.relations;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementFollowUps extends JpaRepository<AgreementFollowUp, Long> {

    List<AgreementFollowUp> findByDisputeIdOrderByDueOnAscIdAsc(Long disputeId);

    @Query("select f.id from AgreementFollowUp f where f.status = org.workershome.relations.AgreementFollowUp.Status.DUE"
            + " and f.dueOn < :today and f.remindedAt is null order by f.id")
    List<Long> findOverdueUnremindedIds(LocalDate today);
}
