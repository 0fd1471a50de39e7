package org.workershome.library.book;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.core.scope.Scopes;

/**
 * The search index follows every commit (Hibernate Search's listeners); on start it is rebuilt when it does not
 * hold exactly the books of the database (a new data dir, a cleaned database). Not with the mass indexer: its
 * loading threads carry no scope, so the scope filter would hide every book from them; the books are indexed
 * here instead, a page at a time, as the system.
 */
@Component
class LibraryIndexJob {

    private static final Logger log = LoggerFactory.getLogger(LibraryIndexJob.class);
    private static final int BATCH = 100;

    @PersistenceContext
    private EntityManager entityManager;
    private final Books books;
    private final TransactionTemplate tx;

    LibraryIndexJob(Books books, PlatformTransactionManager transactions) {
        this.books = books;
        this.tx = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void rebuildIfStale() {
        long indexed = indexed();
        long stored = tx.execute(s -> Scopes.asSystem((java.util.function.Supplier<Long>) books::count));
        if (indexed != stored) {
            log.info("library index holds {} books, database {}: rebuilding", indexed, stored);
            rebuild();
        }
    }

    long indexed() {
        return tx.execute(s -> Search.session(entityManager).search(Book.class).where(f -> f.matchAll()).fetchTotalHitCount());
    }

    void rebuild() {
        tx.executeWithoutResult(s -> Search.session(entityManager).workspace(Book.class).purge());
        for (int page = 0; ; page++) {
            int p = page;
            boolean more = Boolean.TRUE.equals(tx.execute(s -> Scopes.asSystem(() -> {
                List<Book> batch = books.findAll(PageRequest.of(p, BATCH, Sort.by("id"))).getContent();
                var plan = Search.session(entityManager).indexingPlan();
                batch.forEach(plan::addOrUpdate);
                plan.execute();
                entityManager.clear();
                return batch.size() == BATCH;
            })));
            if (!more) {
                break;
            }
        }
    }
}
