package org.workershome.appeals;

import org.workershome.core.notification.Text;

/**
 * A case another module opened from an appeal (a labour dispute, say) moved on — opened, concluded: appeals records
 * the note on the appeal's timeline, in each reader's language. Published by that module; the type is appeals' so
 * that the module depends on appeals and not the reverse (appeals knows no module that opens cases from it).
 */
@org.springframework.modulith.NamedInterface("events")
public record LinkedCaseNoted(Long appealId, Long orgId, Text note) {}
