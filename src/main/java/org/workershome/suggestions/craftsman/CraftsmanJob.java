package org.workershome.suggestions.craftsman;

import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.core.account.PermissionHolders;
import org.workershome.core.db.OneByOne;
import org.workershome.core.notification.Notifications;
import org.workershome.core.notification.Text;
import org.workershome.core.scope.Scopes;
import org.workershome.suggestions.SuggestionsModule;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Daily: a title whose term ended is due for re-evaluation, and the panel hears of it. On start, the talent pool's
 * index is rebuilt when it does not hold exactly the craftsmen of the database (as the library's books are).
 */
@Component
class CraftsmanJob {

    private static final Logger log = LoggerFactory.getLogger(CraftsmanJob.class);

    @PersistenceContext
    private EntityManager entityManager;
    private final Craftsmen craftsmen;
    private final CraftsmanManagement management;
    private final PermissionHolders holders;
    private final Notifications notifications;
    private final TransactionTemplate tx;

    CraftsmanJob(Craftsmen craftsmen, CraftsmanManagement management, PermissionHolders holders,
            Notifications notifications, PlatformTransactionManager transactions) {
        this.craftsmen = craftsmen;
        this.management = management;
        this.holders = holders;
        this.notifications = notifications;
        this.tx = new TransactionTemplate(transactions);
    }

    @Scheduled(initialDelayString = "${workers-home.suggestions.check-initial-delay:PT1M}",
            fixedDelayString = "${workers-home.suggestions.check-interval:PT1H}")
    @SchedulerLock(name = "suggestions-craftsman-terms", lockAtMostFor = "PT10M")
    void run() {
        Scopes.asSystem(this::checkAll);
    }

    /** One pass; also called by tests after moving the clock. */
    int checkAll() {
        List<Long> ids = Scopes.asSystem(() -> craftsmen.findByStatus(CraftsmanStatus.AWARDED)).stream()
                .map(Craftsman::getId).toList();
        return OneByOne.counting("Craftsmen: term", ids, id -> Scopes.asSystem(() -> Boolean.TRUE.equals(tx.execute(s -> {
            if (!management.endTermIfDue(id)) {
                return false;
            }
            Craftsman c = management.get(id);
            notifications.notifyAll(holders.of(SuggestionsModule.CRAFTSMEN, c.getOrgId()),
                    Text.of("suggestions.notify.termEnded", c.getName()),
                    Text.of("suggestions.notify.termEndedBody", c.getName(), c.getTermEndsOn().toString()),
                    "/craftsmen/" + id);
            return true;
        }))));
    }

    @EventListener(ApplicationReadyEvent.class)
    public void rebuildIndexIfStale() {
        long indexed = tx.execute(s -> Search.session(entityManager).search(Craftsman.class).where(f -> f.matchAll())
                .fetchTotalHitCount());
        long stored = tx.execute(s -> Scopes.asSystem((Supplier<Long>) craftsmen::count));
        if (indexed == stored) {
            return;
        }
        log.info("talent pool index holds {} craftsmen, database {}: rebuilding", indexed, stored);
        tx.executeWithoutResult(s -> Search.session(entityManager).workspace(Craftsman.class).purge());
        for (int page = 0; ; page++) {
            int p = page;
            boolean more = Boolean.TRUE.equals(tx.execute(s -> Scopes.asSystem(() -> {
                List<Craftsman> batch = craftsmen.findAll(PageRequest.of(p, 100, Sort.by("id"))).getContent();
                var plan = Search.session(entityManager).indexingPlan();
                batch.forEach(plan::addOrUpdate);
                plan.execute();
                entityManager.clear();
                return batch.size() == 100;
            })));
            if (!more) {
                break;
            }
        }
    }
}
