package org.workershome.core.db;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Makes {@link GroupCommit} writers and stops them, after writing what is queued, when the application stops. */
@Component
public class GroupCommits implements SmartLifecycle {

    private final PlatformTransactionManager transactions;
    private final List<GroupCommit<?, ?>> writers = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;

    private final MeterRegistry meters;

    GroupCommits(PlatformTransactionManager transactions, MeterRegistry meters) {
        this.transactions = transactions;
        this.meters = meters;
    }

    /**
     * A writer whose {@code writeAll} runs in one transaction per batch and returns one result per item, in order.
     *
     * @param maxBatch  the most items in one transaction
     * @param maxQueued the most items waiting; beyond that a submission is written alone by its caller
     */
    public <T, R> GroupCommit<T, R> create(String name, int maxBatch, int maxQueued, Function<List<T>, List<R>> writeAll) {
        // items per transaction: near 1 when idle, dozens at a peak (Prometheus: workers_home_group_commit_batch_*)
        DistributionSummary sizes = DistributionSummary.builder("workers_home.group_commit.batch")
                .description("Items written per group-commit transaction").baseUnit("items").tag("name", name)
                .register(meters);
        var writer = new GroupCommit<>(name, maxBatch, maxQueued, new TransactionTemplate(transactions), writeAll,
                sizes::record);
        writers.add(writer);
        writer.start();
        return writer;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        for (GroupCommit<?, ?> writer : writers) {
            try {
                writer.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Stop after the web server (a lower phase stops later): requests still running wait for their commit, and
     * the writers finish before the connection pool closes.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
