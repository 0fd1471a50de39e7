package org.workershome.core.module;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Marks a listener to a module's past-tense event ({@code AppealSubmitted}, {@code MotionAssigned}): it runs once the
 * transaction that published the event has committed — on the same thread, before the request is answered, so the
 * user sees its effect (a notification) at once — in a transaction of its own. Spring Modulith stores each
 * publication with the publishing transaction ({@code event_publication}) and deletes it when the listener has run;
 * a publication whose listener failed stays and is submitted again on the next start. A rolled-back act publishes
 * nothing.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(propagation = Propagation.REQUIRES_NEW)
@TransactionalEventListener
public @interface AfterCommit {
}
