package org.workershome.training.session;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingSessions extends JpaRepository<TrainingSession, Long> {

    List<TrainingSession> findAllByOrderByStartsAtDesc();

    List<TrainingSession> findByOrgIdInOrderByStartsAtDesc(List<Long> orgIds);
}
