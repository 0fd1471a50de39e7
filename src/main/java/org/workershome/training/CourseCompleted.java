package org.workershome.training;

/** A learner finished a course (all lessons done, quiz passed): published before the completing act commits. */
@org.springframework.modulith.NamedInterface("events")
public record CourseCompleted(long courseId, long enrolmentId, Long memberId, Long accountId, long orgId,
        int creditHours) {}
