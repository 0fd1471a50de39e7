package org.workershome.surveys.contact;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Follow-ups of visits, read in the caller's scope (the reminder job reads them as the system). */
interface FollowUps extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByVisitIdOrderByDueOnAscIdAsc(Long visitId);

    List<FollowUp> findAllByDoneAtIsNull();

    @Query("select f.id from FollowUp f where f.doneAt is null and f.remindedAt is null and f.dueOn < :today order by f.id")
    List<Long> overdueUnreminded(LocalDate today);
}
