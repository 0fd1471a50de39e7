package org.workershome.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.support.IntegrationTest;

/** Group commit against the real database: batching, one transaction per batch, a failed batch written alone. */
@IntegrationTest
class GroupCommitTest {

    @Autowired GroupCommits groupCommits;
    @Autowired JdbcTemplate jdbc;

    /** Writes each item as an audit entry (a real table), failing the whole batch on an item "poison". */
    private List<String> write(String run, List<String> items) {
        for (String item : items) {
            jdbc.update("insert into audit_log (occurred_at, action, target_type, target_id) values (current_timestamp, ?, 'GroupCommitTest', ?)",
                    "GC_" + run, item);
            if (item.equals("poison")) {
                throw new IllegalStateException("poison");
            }
        }
        return items.stream().map(i -> "ok:" + i).toList();
    }

    private List<String> written(String run) {
        return jdbc.queryForList("select target_id from audit_log where action = ? order by target_id", String.class, "GC_" + run);
    }

    @Test
    void itemsArrivingDuringATransactionGoTogetherInTheNextAndEachGetsItsOwnResult() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<String, String> writer = groupCommits.create("test-" + run, 100, 1000, items -> {
            batchSizes.add(items.size());
            if (items.contains("first")) {
                firstStarted.countDown();
                await(releaseFirst);
            }
            return write(run, items);
        });
        ExecutorService pool = Executors.newFixedThreadPool(11);
        try {
            Future<Optional<String>> first = pool.submit(() -> writer.submit("first"));
            assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<Optional<String>>> others = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String item = "item-" + i;
                others.add(pool.submit(() -> writer.submit(item)));
            }
            // nothing of the others is committed while the first transaction runs
            Thread.sleep(300);
            assertThat(written(run)).isEmpty();
            releaseFirst.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).contains("ok:first");
            for (int i = 0; i < 10; i++) {
                assertThat(others.get(i).get(10, TimeUnit.SECONDS)).contains("ok:item-" + i);
            }
            assertThat(batchSizes).containsExactly(1, 10);
            assertThat(written(run)).hasSize(11);
        } finally {
            releaseFirst.countDown();
            pool.shutdownNow();
            writer.stop();
        }
    }

    @Test
    void aFailedBatchWritesNothingAndSendsEachItemBackToBeWrittenAlone() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        GroupCommit<String, String> writer = groupCommits.create("test-" + run, 100, 1000, items -> {
            if (items.contains("first")) {
                firstStarted.countDown();
                await(releaseFirst);
            }
            return write(run, items);
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<Optional<String>> first = pool.submit(() -> writer.submit("first"));
            assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Optional<String>> good = pool.submit(() -> writer.submit("good"));
            Future<Optional<String>> poison = pool.submit(() -> writer.submit("poison"));
            Thread.sleep(300); // both queued behind the first
            releaseFirst.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).contains("ok:first");
            assertThat(good.get(10, TimeUnit.SECONDS)).isEmpty();
            assertThat(poison.get(10, TimeUnit.SECONDS)).isEmpty();
            assertThat(written(run)).containsExactly("first"); // the failed batch rolled back as a whole
        } finally {
            releaseFirst.countDown();
            pool.shutdownNow();
            writer.stop();
        }
    }

    @Test
    void aStoppedWriterSendsItemsBackAtOnce() throws Exception {
        GroupCommit<String, String> writer = groupCommits.create("test-stopped", 10, 10, items -> items);
        writer.stop();
        assertThat(writer.submit("late")).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
