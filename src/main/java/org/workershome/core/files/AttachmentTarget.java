package org.workershome.core.files;

/**
 * The record a file hangs on, as its module's scoped lookup found it: its id, its org and the member it is
 * about (null if none), which the attachment takes over so that writing it is scoped like writing the record.
 */
public record AttachmentTarget(long id, long orgId, Long memberId) {}
