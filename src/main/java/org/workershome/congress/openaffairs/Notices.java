package org.workershome.congress.openaffairs;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Open-affairs notices; unit workers may read them. */
public interface Notices extends JpaRepository<Notice, Long> {

    List<Notice> findAllByOrderByPublishedAtDesc();

}
