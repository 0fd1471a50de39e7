package org.workershome.core.workflow;

import java.time.Instant;

import org.workershome.core.notification.Text;

/**
 * A step of a timeline as a page shows it ({@code templates/timeline.html}): what was done, when, by whom and with
 * which note. A module hides what a reader may not see — the actor of an anonymous appeal, the note of an
 * objection — by leaving it out here, so the one fragment shows every module's timeline.
 */
public record TimelineStep(String action, Instant occurredAt, String actorName, String note, Text noteText) {

    public static TimelineStep of(TimelineEntry entry) {
        return new TimelineStep(entry.getAction(), entry.getOccurredAt(), entry.getActorName(), entry.getNote(),
                entry.getNoteText());
    }

    public TimelineStep withoutActor() {
        return new TimelineStep(action, occurredAt, null, note, noteText);
    }

    public TimelineStep withoutNote() {
        return new TimelineStep(action, occurredAt, actorName, null, null);
    }
}
