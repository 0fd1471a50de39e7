package org.workershome.core.notification;

import java.util.Locale;

/** A stored notification to be mailed once the notifying transaction has committed, in the recipient's language. */
record NotificationCreated(Long notificationId, String email, Text subject, Text body, String link, Locale language) {}
