package org.workershome.hardship;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The notes the module itself writes on a file's timeline ("自动进入年度复核", "由已脱困档案…重新建档"). The timeline
 * stores a note as text, so these are written in Chinese, the union's working language (notifications, by
 * contrast, are message keys rendered for each reader).
 */
@Component
class HardshipTimelineNotes {

    private final MessageSource messages;

    HardshipTimelineNotes(MessageSource messages) {
        this.messages = messages;
    }

    String of(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
