package org.workershome.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.core.time.Times;

/**
 * Counts article views in memory and adds them to the database in one batch every few seconds (and on
 * shutdown): no database write per request. Crawlers and link previews are not counted.
 */
@Component
public class ViewCounter implements SchedulingConfigurer {

    private static final Pattern CRAWLER = Pattern.compile(
            "(?i)bot|crawl|spider|slurp|baiduspider|sogou|yisouspider|bytespider|360spider|facebookexternalhit|preview|curl|wget|python-requests|httpclient|headless|lighthouse");

    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();
    /** Row writes so far (one per article and flush), to show that reads are not written one by one. */
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();
    private final ArticleViews views;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final PortalProperties properties;

    ViewCounter(ArticleViews views, Clock clock, TransactionTemplate tx, PortalProperties properties) {
        this.views = views;
        this.clock = clock;
        this.tx = tx;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::flush, properties.viewFlush(), properties.viewFlush()));
    }

    static boolean isCrawler(String userAgent) {
        return userAgent == null || userAgent.isBlank() || CRAWLER.matcher(userAgent).find();
    }

    long writes() {
        return writes.get();
    }

    /** One read of an article by a person; answers whether it counted. */
    public boolean record(Long articleId, String userAgent) {
        if (isCrawler(userAgent)) {
            return false;
        }
        pending.computeIfAbsent(articleId, id -> new LongAdder()).increment();
        return true;
    }

    /** Adds the pending counts; its own transaction, since the scheduler and the shutdown hook call it directly. */
    public void flush() {
        if (!pending.isEmpty()) {
            tx.executeWithoutResult(s -> write());
        }
    }

    private void write() {
        LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
        for (Long id : List.copyOf(pending.keySet())) {
            LongAdder adder = pending.remove(id);
            long count = adder == null ? 0 : adder.sumThenReset();
            if (count == 0) {
                continue;
            }
            ArticleView.Key key = new ArticleView.Key(id, today);
            views.findById(key).ifPresentOrElse(v -> v.add(count), () -> views.save(new ArticleView(key, count)));
            writes.incrementAndGet();
        }
    }

    @jakarta.annotation.PreDestroy
    void flushOnShutdown() {
        try {
            flush();
        } catch (RuntimeException e) {
            // the database may already be gone; a few views are not worth a failed shutdown
        }
    }

    /** Most-read article ids of the last {@code days} days with their views. */
    @Transactional(readOnly = true)
    public List<Object[]> mostRead(int days, int limit) {
        LocalDate from = LocalDate.now(clock.withZone(Times.ZONE)).minusDays(days - 1L);
        return views.mostRead(from, PageRequest.of(0, limit));
    }
}
