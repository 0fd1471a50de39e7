package org.workershome.training.quiz;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Questions extends JpaRepository<Question, Long> {

    List<Question> findByCourseIdOrderById(Long courseId);
}
