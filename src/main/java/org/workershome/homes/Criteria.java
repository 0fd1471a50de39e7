package org.workershome.homes;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Criteria extends JpaRepository<Criterion, Long> {

    List<Criterion> findByYearOrderBySortOrderAscIdAsc(int year);
}
