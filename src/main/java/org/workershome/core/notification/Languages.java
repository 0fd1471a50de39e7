package org.workershome.core.notification;

import java.util.Locale;

import org.workershome.core.time.Times;

/** The two languages of the platform, from a stored tag: English if the reader chose it, Chinese otherwise. */
final class Languages {

    private Languages() {}

    static Locale of(String tag) {
        return tag != null && tag.startsWith("en") ? Locale.ENGLISH : Times.CHINESE;
    }
}
