package org.workershome.core.notification;

/** Published inside the notifying transaction; the e-mail goes out only once it has committed. */
record NotificationCreated(Long notificationId, String email, String subject, String body, String link) {}
