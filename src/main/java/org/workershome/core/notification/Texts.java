package org.workershome.core.notification;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders a stored {@link Text} in the language of the request being answered; templates call it as
 * {@code ${@texts.render(text)}} (the timeline fragment does, for the notes the system wrote).
 */
@Component("texts")
public class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String render(Text text) {
        return text == null ? null : text.render(messages, LocaleContextHolder.getLocale());
    }
}
