package org.workershome.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The platform's own events as published, from any thread (an HTTP request's too, which Spring's
 * {@code ApplicationEvents} does not see): for tests that a module tells what it did. Kept for the whole run.
 */
@Component
public class PublishedEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(Object event) {
        if (event.getClass().getName().startsWith("org.workershome.")) {
            events.add(event);
        }
    }

    public <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
