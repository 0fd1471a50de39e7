package org.workershome.core.module;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Marks a listener to a module's past-tense event ({@code AppealsSubmitted}, {@code MotionAssigned}): it runs when
 * the act that published the event is done, just before its transaction commits, in that transaction — so what it
 * writes (a notification) commits or rolls back with the act, and the user sees it at once. A rolled-back act
 * reaches no listener.
 *
 * <p>Why not after the commit in a transaction of its own: the committed transaction still holds its pooled
 * connection while after-commit listeners run, so each request would need two connections, and under load (more
 * requests than the pool has connections) they wait on each other until the pool times out — measured in
 * {@code AppealIntakeTest}'s 30 concurrent submissions with a pool of 10.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
public @interface BeforeCommit {
}
