package org.workershome.hardship;

import java.time.LocalDate;

/** A file's yearly review falls due on {@code dueOn}: the reminder, once per review cycle. */
public record HardshipReviewDue(Long fileId, String fileNo, Long orgId, LocalDate dueOn) {}
