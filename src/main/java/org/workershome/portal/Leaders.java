package org.workershome.portal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Leaders extends JpaRepository<Leader, Long> {

    List<Leader> findAllByOrderByPositionAsc();
}
