package org.workershome.hardship;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FundEntries extends JpaRepository<FundEntry, Long> {

    List<FundEntry> findByFundIdOrderById(Long fundId);

    @Query("select coalesce(sum(e.amount), 0) from FundEntry e where e.fundId = :fundId and e.kind = :kind")
    BigDecimal sum(@Param("fundId") Long fundId, @Param("kind") FundEntry.Kind kind);
}
