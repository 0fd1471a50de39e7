package org.workershome.training.quiz;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Attempts extends JpaRepository<Attempt, Long> {

    List<Attempt> findByEnrolmentIdOrderByNumber(Long enrolmentId);
}
