package org.workershome.core.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit: the small writes that arrive while one transaction is running are written together in the
 * next one, by one writer thread. Under load one commit (and one round trip per statement, with JDBC batches)
 * serves dozens of requests; with a single request in flight it is written at once, so nothing waits for a
 * batch to fill. {@link #submit} returns only after the item's transaction has committed.
 *
 * <p>When a batch fails as a whole (one item breaks a constraint, e.g. a replayed idempotency key) nothing of
 * it is written, and every item of it comes back empty: the caller then writes it alone on its usual path,
 * which gives that item its own answer (replay, validation message) and the others their records.
 *
 * @param <T> what a request hands over (validated, with everything taken from the request thread)
 * @param <R> what the request gets back, in the order of the batch
 */
public final class GroupCommit<T, R> {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private record Pending<T, R>(T item, CompletableFuture<Optional<R>> result) {}

    private final String name;
    private final int maxBatch;
    private final Function<List<T>, List<R>> writeAll;
    private final TransactionTemplate tx;
    private final BlockingQueue<Pending<T, R>> queue;
    private final IntConsumer batchSizes;
    private final Thread writer;
    private volatile boolean running = true;

    GroupCommit(String name, int maxBatch, int maxQueued, TransactionTemplate tx, Function<List<T>, List<R>> writeAll,
            IntConsumer batchSizes) {
        this.batchSizes = batchSizes;
        this.name = name;
        this.maxBatch = maxBatch;
        this.writeAll = writeAll;
        this.tx = tx;
        this.queue = new ArrayBlockingQueue<>(maxQueued);
        this.writer = new Thread(this::run, "group-commit-" + name);
        writer.setDaemon(true);
    }

    /**
     * Writes the item with the others waiting, and waits for the commit.
     *
     * @return the item's result once committed; empty when it must be written alone (its batch failed, the
     *         queue is full, or the writer is stopping)
     */
    public Optional<R> submit(T item) {
        var pending = new Pending<T, R>(item, new CompletableFuture<>());
        if (!running || !queue.offer(pending)) {
            return Optional.empty();
        }
        if (!running && queue.remove(pending)) {
            return Optional.empty(); // stopped meanwhile, and the writer's last look at the queue was before the offer
        }
        try {
            return pending.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the commit of " + name, e);
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    private void run() {
        List<Pending<T, R>> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Pending<T, R> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                write(batch);
            } catch (InterruptedException e) {
                running = false;
            } finally {
                batch.forEach(p -> p.result().complete(Optional.empty())); // no-op for those already answered
                batch.clear();
            }
        }
        queue.drainTo(batch);
        batch.forEach(p -> p.result().complete(Optional.empty()));
    }

    private void write(List<Pending<T, R>> batch) {
        List<T> items = batch.stream().map(Pending::item).toList();
        batchSizes.accept(items.size());
        List<R> results;
        try {
            results = tx.execute(s -> {
                List<R> written = writeAll.apply(items);
                if (written.size() != items.size()) { // checked before the commit: every item must get its answer
                    throw new IllegalStateException(name + ": " + written.size() + " results for " + items.size() + " items");
                }
                return written;
            });
        } catch (DataIntegrityViolationException expected) {
            log.debug("Group commit {}: a batch of {} broke a constraint, each is written alone: {}", name,
                    batch.size(), expected.toString());
            return;
        } catch (Throwable e) { // the writer must outlive any batch: its callers wait for it
            log.warn("Group commit {}: a batch of {} failed, each is written alone", name, batch.size(), e);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result().complete(Optional.of(results.get(i)));
        }
    }

    void start() {
        writer.start();
    }

    /** Writes what is queued, then stops; later submissions come back empty (written alone). */
    void stop() throws InterruptedException {
        running = false;
        writer.join(10_000);
    }
}
