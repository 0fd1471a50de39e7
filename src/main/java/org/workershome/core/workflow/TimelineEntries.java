package org.workershome.core.workflow;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineEntries extends JpaRepository<TimelineEntry, Long> {

    List<TimelineEntry> findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc(String targetType, Long targetId);
}
