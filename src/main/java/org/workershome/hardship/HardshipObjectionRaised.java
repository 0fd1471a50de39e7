package org.workershome.hardship;

/** Someone of the file's org objected to it during its public notice (who, the event does not say). */
public record HardshipObjectionRaised(Long fileId, String fileNo, Long orgId) {}
