package org.workershome.hardship;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Aids extends JpaRepository<Aid, Long> {

    List<Aid> findByFileIdOrderByAidDateDescIdDesc(Long fileId);

    List<Aid> findByMemberIdOrderByAidDateDescIdDesc(Long memberId);

    List<Aid> findByFundIdOrderById(Long fundId);

    List<Aid> findByProjectIdOrderById(Long projectId);

    @Query("select coalesce(sum(a.amount), 0) from Aid a where a.fundId = :fundId and a.reversedAt is null")
    BigDecimal sumByFund(@Param("fundId") Long fundId);

    /** Aid per org and year in the caller's scope: orgId, year, count, households, sum of amounts. */
    @Query("""
            select a.orgId, year(a.aidDate), count(a), count(distinct a.fileId), coalesce(sum(a.amount), 0)
            from Aid a where a.reversedAt is null group by a.orgId, year(a.aidDate) order by year(a.aidDate) desc, a.orgId""")
    List<Object[]> perOrgAndYear();

    @Query("select a from Aid a order by a.aidDate desc, a.id desc")
    List<Aid> allInScope(org.springframework.data.domain.Pageable pageable);
}
