package org.workershome.training.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequiredPlans extends JpaRepository<RequiredPlan, Long> {

    List<RequiredPlan> findAllByOrderByDueOnDesc();
}
