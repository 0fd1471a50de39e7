package org.workershome.surveys;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Surveys, read in the caller's scope. */
interface Surveys extends JpaRepository<Survey, Long> {

    List<Survey> findAllByOrderByCreatedAtDesc();

    List<Survey> findByStatusOrderByDeadlineAsc(Survey.Status status);
}
