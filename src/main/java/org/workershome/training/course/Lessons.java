package org.workershome.training.course;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Lessons extends JpaRepository<Lesson, Long> {

    List<Lesson> findByCourseIdOrderByPosition(Long courseId);

    Optional<Lesson> findBySessionId(Long sessionId);

    long countByCourseId(Long courseId);

    /** Learners who marked the lesson done, in the organiser's scope (where the course's learners are). */
    @Query("select count(e) from Enrolment e join e.done d where key(d) = :lessonId")
    long learnersDone(Long lessonId);
}
