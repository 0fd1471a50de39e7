package org.workershome.training.course;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Lessons extends JpaRepository<Lesson, Long> {

    List<Lesson> findByCourseIdOrderByPosition(Long courseId);

    Optional<Lesson> findBySessionId(Long sessionId);

    long countByCourseId(Long courseId);
}
