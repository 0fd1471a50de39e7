package org.workershome.training.course;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Enrolments extends JpaRepository<Enrolment, Long> {

    Optional<Enrolment> findByCourseIdAndAccountId(Long courseId, Long accountId);

    Optional<Enrolment> findByCourseIdAndMemberId(Long courseId, Long memberId);

    List<Enrolment> findByAccountIdOrderByEnrolledAtDesc(Long accountId);

    List<Enrolment> findByMemberIdOrderByEnrolledAtDesc(Long memberId);

    List<Enrolment> findByCourseIdOrderByLearnerName(Long courseId);

    List<Enrolment> findByCourseIdAndAccountIdIn(Long courseId, List<Long> accountIds);

    List<Enrolment> findAllByOrderByOrgIdAscLearnerNameAsc();

    List<Enrolment> findByPlanIdOrderByOrgIdAscLearnerNameAsc(Long planId);

    List<Enrolment> findByDueOnLessThanEqualAndCompletedAtIsNull(java.time.LocalDate dueOn);
}
