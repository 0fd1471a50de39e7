package org.workershome.portal;

import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chinese full-text search over title and body of published articles, with highlighted snippets, paging, sort by
 * relevance or date and a channel filter. The index follows every commit (Hibernate Search listeners); on start it
 * is rebuilt when it does not hold exactly the articles of the database (new data dir, cleaned database).
 */
@Service
public class PortalSearch {

    private static final Logger log = LoggerFactory.getLogger(PortalSearch.class);
    public static final int PAGE_SIZE = 10;

    public record Hit(Long id, String title, String snippet, PortalReader.Card card) {
    }

    public record Results(String query, List<Hit> hits, long total, int page, int pages, boolean byDate, Long channelId) {
        public boolean hasPrevious() { return page > 0; }
        public boolean hasNext() { return page + 1 < pages; }
    }

    @PersistenceContext
    private EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;
    private final Articles articles;
    private final PortalReader reader;
    private final Clock clock;

    private final org.springframework.transaction.support.TransactionTemplate readOnly;

    PortalSearch(EntityManagerFactory entityManagerFactory, Articles articles, PortalReader reader, Clock clock,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.entityManagerFactory = entityManagerFactory;
        this.articles = articles;
        this.reader = reader;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Results search(String query, int page, boolean byDate, Long channelId) {
        String q = query == null ? "" : query.strip();
        int p = Math.max(0, page);
        if (q.isEmpty()) {
            return new Results(q, List.of(), 0, 0, 0, byDate, channelId);
        }
        SearchSession session = Search.session(entityManager);
        SearchResult<List<?>> result = session.search(Article.class)
                .select(f -> f.composite().from(f.id(Long.class), f.highlight("title").highlighter("title"),
                        f.highlight("plainText")).asList())
                .where(f -> {
                    var bool = f.bool()
                            .must(f.simpleQueryString().field("title").boost(3f).field("plainText")
                                    .matching(q).defaultOperator(BooleanOperator.AND))
                            .filter(f.match().field("status").matching(ArticleStatus.PUBLISHED))
                            .filter(f.range().field("publishedAt").atMost(clock.instant()));
                    if (channelId != null) {
                        bool = bool.filter(f.match().field("channelId").matching(channelId));
                    }
                    return bool;
                })
                .highlighter(f -> f.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .fragmentSize(60).numberOfFragments(2).noMatchSize(120))
                .highlighter("title", f -> f.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .fragmentSize(250).numberOfFragments(1).noMatchSize(250))
                .sort(f -> byDate ? f.field("publishedAt").desc() : f.score())
                .fetch(p * PAGE_SIZE, PAGE_SIZE);
        List<Long> ids = result.hits().stream().map(h -> (Long) h.get(0)).toList();
        var cards = reader.byIds(ids).stream().collect(java.util.stream.Collectors.toMap(PortalReader.Card::id, c -> c));
        List<Hit> hits = result.hits().stream().map(h -> {
            Long id = (Long) h.get(0);
            @SuppressWarnings("unchecked") List<String> title = (List<String>) h.get(1);
            @SuppressWarnings("unchecked") List<String> body = (List<String>) h.get(2);
            return new Hit(id, title.isEmpty() ? null : title.get(0), String.join(" … ", body), cards.get(id));
        }).filter(h -> h.card() != null).toList();
        long total = result.total().hitCount();
        int pages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Results(q, hits, total, p, pages, byDate, channelId);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void rebuildIfStale() {
        long indexed = indexedCount();
        long stored = articles.count();
        if (indexed != stored) {
            log.info("search index holds {} articles, database {}: rebuilding", indexed, stored);
            rebuild();
        }
    }

    public void rebuild() {
        try {
            Search.mapping(entityManagerFactory).scope(Article.class).massIndexer()
                    .purgeAllOnStart(true).threadsToLoadObjects(1).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    long indexedCount() {
        return readOnly.execute(tx -> Search.session(entityManager).search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount());
    }
}
