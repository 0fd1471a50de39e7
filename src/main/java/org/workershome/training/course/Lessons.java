package org.workershome.training.course;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Lessons extends JpaRepository<Lesson, Long> {

    List<Lesson> findByCourseIdOrderByPosition(Long courseId);

    Optional<Lesson> findBySessionId(Long sessionId);

    long countByCourseId(Long courseId);

    /** Learners who marked the lesson done, of every unit (native: the count is not the caller's to filter). */
    @Query(value = "select count(*) from training_progress where lesson_id = :lessonId", nativeQuery = true)
    long learnersDone(Long lessonId);
}
