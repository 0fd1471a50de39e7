package org.workershome.congress;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Sessions; scope-filtered. */
public interface CongressSessions extends JpaRepository<CongressSession, Long> {

    boolean existsByTermIdAndNumber(Long termId, int number);


    List<CongressSession> findByTermIdOrderByNumberDesc(Long termId);

    List<CongressSession> findByStatusNotOrderByIdDesc(SessionStatus status);

    @Query("select s from CongressSession s where s.termId in :termIds and s.status <> org.workershome.congress.SessionStatus.CLOSED order by s.id desc")
    List<CongressSession> findCurrentOfTerms(@Param("termIds") Collection<Long> termIds);

}
