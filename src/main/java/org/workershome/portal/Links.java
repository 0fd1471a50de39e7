package org.workershome.portal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Links extends JpaRepository<Link, Long> {

    List<Link> findAllByOrderByPositionAsc();
}
