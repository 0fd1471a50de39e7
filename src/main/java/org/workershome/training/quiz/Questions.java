package org.workershome.training.quiz;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Questions extends JpaRepository<Question, Long> {

    /** The bank as drawn from: the questions not retired. */
    List<Question> findByCourseIdAndRetiredFalseOrderById(Long courseId);
}
