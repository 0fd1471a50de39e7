package org.workershome.core.notification;

import java.util.Locale;

/**
 * Published inside the notifying transaction; the e-mail goes out only once it has committed, written in the
 * recipient's language.
 */
record NotificationCreated(Long notificationId, String email, Text subject, Text body, String link, Locale language) {}
