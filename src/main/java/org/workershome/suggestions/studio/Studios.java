package org.workershome.suggestions.studio;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Studios extends JpaRepository<Studio, Long> {

    List<Studio> findAllByOrderByNameAsc();

    @Query("select distinct s from Studio s join s.members m where m.memberId = :memberId order by s.name")
    List<Studio> withMember(@Param("memberId") Long memberId);
}
