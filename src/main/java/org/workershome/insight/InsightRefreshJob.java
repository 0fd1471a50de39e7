package org.workershome.insight;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.workershome.core.scope.Scopes;

/**
 * Refreshes the insight figures: incrementally every {@code workers-home.insight.interval} (default ten minutes),
 * fully every night and whenever an admin asks. ShedLock makes one node of several do it; an admin's rebuild runs
 * on a thread of its own, never on the request that asked for it, and one at a time on this node.
 */
@Component
class InsightRefreshJob {

    private final InsightRefresh refresh;
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "insight-rebuild");
        t.setDaemon(true);
        return t;
    });

    InsightRefreshJob(InsightRefresh refresh) {
        this.refresh = refresh;
    }

    @Scheduled(initialDelayString = "${workers-home.insight.initial-delay:PT1M}",
            fixedDelayString = "${workers-home.insight.interval:PT10M}")
    @SchedulerLock(name = "insight-refresh", lockAtMostFor = "PT30M")
    void run() {
        refreshNow(false);
    }

    @Scheduled(cron = "${workers-home.insight.rebuild-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "insight-refresh", lockAtMostFor = "PT30M")
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
        return CompletableFuture.supplyAsync(() -> refreshNow(true), rebuilds);
    }

    @PreDestroy
    void stop() {
        rebuilds.shutdownNow();
    }
}
