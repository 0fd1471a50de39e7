package org.workershome.insight;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.workershome.core.scope.Scopes;

/**
 * Refreshes the insight figures: incrementally every {@code workers-home.insight.interval} (default ten minutes),
 * fully every night and whenever an admin asks. ShedLock makes one node of several do it; an admin's rebuild runs
 * on a thread of its own, never on the request that asked for it, under the same lock (it waits while another
 * node refreshes, for two refreshes of one month would write the same rows).
 */
@Component
class InsightRefreshJob {

    private static final String LOCK = "insight-refresh";
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);

    private final InsightRefresh refresh;
    private final LockingTaskExecutor locks;
    private final Clock clock;
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "insight-rebuild");
        t.setDaemon(true);
        return t;
    });

    InsightRefreshJob(InsightRefresh refresh, LockProvider lockProvider, Clock clock) {
        this.refresh = refresh;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${workers-home.insight.initial-delay:PT1M}",
            fixedDelayString = "${workers-home.insight.interval:PT10M}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
    void run() {
        refreshNow(false);
    }

    @Scheduled(cron = "${workers-home.insight.rebuild-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
    void nightly() {
        refreshNow(true);
    }

    /** One refresh, now, on this thread; also what tests call. */
    InsightRun refreshNow(boolean full) {
        synchronized (this) {
            return Scopes.asSystem(() -> refresh.refresh(full));
        }
    }

    /** An admin's rebuild, done on the rebuild thread; the future ends when it is done. */
    CompletableFuture<InsightRun> rebuildLater() {
        return CompletableFuture.supplyAsync(this::rebuildWhenFree, rebuilds);
    }

    private InsightRun rebuildWhenFree() {
        for (;;) {
            try {
                LockingTaskExecutor.TaskResult<InsightRun> done = locks.executeWithLock(() -> refreshNow(true),
                        new LockConfiguration(clock.instant(), LOCK, LOCK_AT_MOST, Duration.ZERO));
                if (done.wasExecuted()) {
                    return done.getResult();
                }
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (Throwable e) {
                throw new IllegalStateException("insight rebuild failed", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        rebuilds.shutdownNow();
    }
}
