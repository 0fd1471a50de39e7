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

    boolean existsByReversedEntryId(Long reversedEntryId);

    java.util.Optional<FundEntry> findFirstByAidIdAndKind(Long aidId, FundEntry.Kind kind);

    /** The credit line of an allocation at the receiving fund that was not reversed yet (for reversing the pair). */
    @Query("""
            select e from FundEntry e where e.fundId = :fundId and e.kind = org.workershome.hardship.FundEntry.Kind.ALLOCATION_IN
              and e.counterpartFundId = :fromFundId and e.amount = :amount
              and not exists (select r.id from FundEntry r where r.reversedEntryId = e.id)
            order by e.id""")
    List<FundEntry> openAllocationsIn(@Param("fundId") Long fundId, @Param("fromFundId") Long fromFundId,
            @Param("amount") BigDecimal amount);
}
