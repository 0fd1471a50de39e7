package org.workershome.training.session;

import java.util.UUID;

import org.workershome.training.TrainingTime;

/** The organiser's session form; times as {@code datetime-local} text, the capacity as text (bad input: a message). */
record SessionForm(String title, String startsAt, String endsAt, String place, String trainer, String capacity,
        String materials, Long courseId, String requestToken) {

    static SessionForm blank(Long courseId) {
        return new SessionForm(null, null, null, null, null, "30", null, courseId, UUID.randomUUID().toString());
    }

    SessionDraft toDraft() {
        int seats;
        try {
            seats = capacity == null ? 0 : Integer.parseInt(capacity.strip());
        } catch (NumberFormatException e) {
            seats = -1;
        }
        return new SessionDraft(title, TrainingTime.parseInput(startsAt), TrainingTime.parseInput(endsAt), place, trainer, seats,
                materials == null || materials.isBlank() ? null : materials.strip(), courseId);
    }

}
