package org.workershome.training.session;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.workershome.core.error.InvalidInput;

/** What the organiser gives for an offline session; {@code courseId} makes it a lesson of that course. */
public record SessionDraft(String title, Instant startsAt, Instant endsAt, String place, String trainer, int capacity,
        String materials, Long courseId) {

    void check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title == null || title.isBlank() || title.length() > 200) {
            errors.put("title", "training.session.title.required");
        }
        if (startsAt == null) {
            errors.put("startsAt", "training.session.time.required");
        }
        if (endsAt == null || (startsAt != null && !endsAt.isAfter(startsAt))) {
            errors.put("endsAt", "training.session.end.afterStart");
        }
        if (place == null || place.isBlank() || place.length() > 200) {
            errors.put("place", "training.session.place.required");
        }
        if (trainer == null || trainer.isBlank() || trainer.length() > 100) {
            errors.put("trainer", "training.session.trainer.required");
        }
        if (capacity < 1 || capacity > 10_000) {
            errors.put("capacity", "training.session.capacity.range");
        }
        if (materials != null && materials.length() > 4000) {
            errors.put("materials", "training.session.materials.size");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
