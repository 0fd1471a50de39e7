package org.workershome.training.course;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Courses extends JpaRepository<Course, Long> {

    List<Course> findAllByOrderByCreatedAtDesc();

    List<Course> findByOrgIdInOrderByCreatedAtDesc(List<Long> orgIds);
}
